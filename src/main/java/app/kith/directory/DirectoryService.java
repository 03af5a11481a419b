package app.kith.directory;

import app.kith.calendar.CalendarService;
import app.kith.connections.Connection;
import app.kith.connections.ConnectionService;
import app.kith.insights.CommonGroundService;
import app.kith.insights.Health;
import app.kith.insights.RelationshipInsights;
import app.kith.insights.Standing;
import app.kith.insights.TodayService;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionService;
import app.kith.organizations.Affiliation;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.AffiliationRole;
import app.kith.organizations.OrganizationService;
import app.kith.people.BridgeStatus;
import app.kith.people.Circle;
import app.kith.people.PeopleFilter;
import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.people.PersonSummary;
import app.kith.people.Relationship;
import app.kith.people.RelationshipKind;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory module's API: list, show, add and edit people with everything that belongs to them.
 * Health is the relationship's health today by the clock; the account's own person has none.
 */
@Service
public class DirectoryService {
    static final int RECENT_INTERACTIONS = 50;

    private final PeopleService people;
    private final OrganizationService organizations;
    private final InteractionService interactions;
    private final ConnectionService connections;
    private final RelationshipInsights insights;
    private final TodayService today;
    private final CommonGroundService commonGround;
    private final CalendarService calendar;
    private final Clock clock;

    DirectoryService(PeopleService people, OrganizationService organizations, InteractionService interactions,
                     ConnectionService connections, RelationshipInsights insights, TodayService today,
                     CommonGroundService commonGround, CalendarService calendar, Clock clock) {
        this.people = people;
        this.organizations = organizations;
        this.interactions = interactions;
        this.connections = connections;
        this.insights = insights;
        this.today = today;
        this.commonGround = commonGround;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Page<PersonCard> list(AccountId account, DirectoryFilter filter, Page.Request page) {
        Page<PersonSummary> summaries = people.list(account, peopleFilter(account, filter), page);
        return new Page<>(cards(account, summaries.items()), summaries.page(), summaries.size(), summaries.total());
    }

    /**
     * A page of people in the given order. Ordering by last touch or health reads the figure for every
     * match before taking the page, so it costs more than the name order on a large network.
     */
    public Page<PersonCard> list(AccountId account, DirectoryFilter filter, PeopleOrder order, Page.Request page) {
        if (order == null || order == PeopleOrder.NAME) {
            return list(account, filter, page);
        }
        List<PersonSummary> all = people.list(account, peopleFilter(account, filter), Page.Request.first(null))
                .items();
        List<String> ids = all.stream().map(PersonSummary::id).toList();
        Map<String, Standing> standings = insights.standings(account, ids, LocalDate.now(clock));
        Comparator<PersonSummary> byFigure = order == PeopleOrder.LAST_TOUCH
                ? Comparator.comparing(s -> lastInteraction(standings.get(s.id())),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                : Comparator.comparing(s -> health(standings.get(s.id())),
                        Comparator.nullsLast(Comparator.naturalOrder()));
        // The stable sort keeps the name order among equals.
        List<PersonSummary> sorted = all.stream().sorted(byFigure).toList();
        int from = (int) Math.min(page.offset(), sorted.size());
        List<PersonSummary> slice = sorted.subList(from, (int) Math.min((long) from + page.size(), sorted.size()));
        return new Page<>(cards(account, slice), page.page(), page.size(), sorted.size());
    }

    private PeopleFilter peopleFilter(AccountId account, DirectoryFilter filter) {
        Set<String> onlyIds = filter.organization() == null || filter.organization().isBlank() ? null
                : organizations.peopleAffiliatedWith(account, filter.organization().strip());
        if (Boolean.TRUE.equals(filter.overdue())) {
            // Overdue means what Today says it means: the same rule, not a second copy of it.
            Set<String> due = new HashSet<>();
            today.today(account, LocalDate.now(clock), Integer.MAX_VALUE).reachOut()
                    .forEach(r -> due.add(r.person().id()));
            if (onlyIds != null) {
                due.retainAll(onlyIds);
            }
            onlyIds = due;
        }
        return new PeopleFilter(filter.query(), filter.tag(),
                Choice.parse(Circle.class, "circle", filter.circle()),
                Choice.parse(RelationshipKind.class, "kind", filter.kind()),
                Choice.parse(BridgeStatus.class, "bridge", filter.bridge()), onlyIds);
    }

    private List<PersonCard> cards(AccountId account, List<PersonSummary> summaries) {
        List<String> ids = summaries.stream().map(PersonSummary::id).toList();
        Map<String, Affiliation> employment = organizations.currentEmployment(account, ids);
        // One batched call for the whole page: a handful of queries whatever the page size.
        Map<String, Standing> standings = insights.standings(account, ids, LocalDate.now(clock));
        return summaries.stream().map(s -> card(s.id(), s.name(), s.nickname(), s.emails(), s.relationship(),
                s.tags(), s.self(), employment.get(s.id()), standings.get(s.id()))).toList();
    }

    public PersonCard card(AccountId account, String id) {
        return card(account, people.get(account, id));
    }

    private PersonCard card(AccountId account, Person p) {
        Affiliation job = organizations.currentEmployment(account, List.of(p.id())).get(p.id());
        Standing standing = insights.standings(account, List.of(p.id()), LocalDate.now(clock)).get(p.id());
        return card(p.id(), p.name(), p.nickname(), p.contact().emails(), p.relationship(), p.tags(), p.self(), job,
                standing);
    }

    /** The one way a card is made, from a listed person or a whole one, their current job and standing. */
    private static PersonCard card(String id, String name, String nickname, List<String> emails, Relationship r,
                                   List<String> tags, boolean self, Affiliation job, Standing standing) {
        return new PersonCard(id, name, nickname, emails, job == null ? null : job.organizationName(),
                job == null ? null : job.title(), r.circle().wire(), r.kind().wire(), r.trust().wire(),
                r.bridge().wire(), tags, lastInteraction(standing), health(standing), self, status(standing));
    }

    /** The person and their current job, for an edit form: nothing of their history is read. */
    public PersonEdit editing(AccountId account, String id) {
        Person p = people.get(account, id);
        Affiliation job = organizations.currentEmployment(account, List.of(p.id())).get(p.id());
        return new PersonEdit(p, job == null ? null : job.organizationName(), job == null ? null : job.title());
    }

    private static LocalDate lastInteraction(Standing standing) {
        return standing == null ? null : standing.lastInteraction();
    }

    private static Integer health(Standing standing) {
        return standing == null ? null : standing.health();
    }

    private static String status(Standing standing) {
        return standing == null || standing.status() == null ? null : standing.status().wire();
    }

    public PersonProfile profile(AccountId account, String id) {
        Person person = people.get(account, id);
        List<Interaction> recent = interactions.recent(account, person.id(), RECENT_INTERACTIONS);
        LocalDate day = LocalDate.now(clock);
        Health health = person.self() ? null : insights.health(account, person.facts(), day);
        return profile(account, person, recent, recent.isEmpty() ? null : recent.getFirst().date(), health);
    }

    /** One person for the command line, in one call: card, profile and common ground. */
    public PersonShown shown(AccountId account, String id) {
        PersonProfile profile = profile(account, id);
        Person person = profile.person();
        return new PersonShown(card(account, person), profile, person.self() ? List.of()
                : commonGround.between(account, PeopleService.SELF, person.id(), LocalDate.now(clock)).items());
    }

    /**
     * What a person page shows, each thing read once: the profile holds the page of the timeline being
     * shown instead of the latest 50 interactions; with {@code history}, the last two years' touches and
     * health for its charts. In one read-only transaction, in which each module's check that the
     * person is the account's is answered once.
     */
    @Transactional(readOnly = true)
    public PersonPageView page(AccountId account, String id, Page.Request timelinePage, boolean history) {
        Person person = people.get(account, id);
        Page<Interaction> timeline = interactions.list(account,
                new InteractionFilter(person.id(), null, null, null, null), timelinePage);
        LocalDate last = timelinePage.page() == 0
                ? timeline.items().stream().findFirst().map(Interaction::date).orElse(null)
                : interactions.recent(account, person.id(), 1).stream().findFirst().map(Interaction::date).orElse(null);
        LocalDate day = LocalDate.now(clock);
        Health health = person.self() ? null : insights.health(account, person.facts(), day);
        PersonProfile profile = profile(account, person, timeline.items(), last, health);
        Map<String, String> names = new HashMap<>();
        profile.recentInteractions().forEach(e -> e.participants().forEach(p -> names.put(p.id(), p.name())));
        return new PersonPageView(profile, timeline, names, calendar.eventsOf(account, person.id()),
                health == null ? null : health.reciprocity(),
                person.self() ? null : commonGround.between(account, PeopleService.SELF, person.id(), day),
                health == null || !history ? null : history(account, health, day));
    }

    private PersonPageView.History history(AccountId account, Health now, LocalDate day) {
        int months = PersonPageView.History.MONTHS;
        return new PersonPageView.History(interactions.months(account, now.person().id(), day.minusMonths(months - 1)),
                insights.healthHistory(account, now, months, day));
    }

    private PersonProfile profile(AccountId account, Person person, List<Interaction> recent, LocalDate last,
                                  Health health) {
        List<Affiliation> affiliations = organizations.affiliationsOf(account, person.id());
        Affiliation job = affiliations.stream()
                .filter(a -> a.current() && a.role() == AffiliationRole.WORKS_AT)
                .findFirst().orElse(null);
        List<Connection> ties = connections.list(account, person.id(), Page.Request.of(0, Page.MAX_SIZE)).items();
        Set<String> others = new HashSet<>();
        recent.forEach(i -> others.addAll(i.participantIds()));
        ties.forEach(c -> others.add(c.other(person.id())));
        Map<String, String> names = people.names(account, others);
        List<PersonProfile.TimelineEntry> timeline = new ArrayList<>();
        for (Interaction i : recent) {
            timeline.add(new PersonProfile.TimelineEntry(i.id(), i.kind().wire(), i.direction().wire(), i.date(),
                    i.notes(), i.participantIds().stream()
                            .map(pid -> new PersonProfile.Participant(pid, names.get(pid))).toList()));
        }
        List<PersonProfile.ConnectionEntry> connectionEntries = ties.stream()
                .map(c -> new PersonProfile.ConnectionEntry(c.id(), c.other(person.id()), names.get(c.other(person.id())),
                        c.kind().wire(), c.strength()))
                .toList();
        return new PersonProfile(person, job == null ? null : job.organizationName(), job == null ? null : job.title(),
                affiliations, timeline, connectionEntries, last,
                health == null ? null : health.score(), health == null ? null : health.explanation(),
                health == null || health.status() == null ? null : health.status().wire());
    }

    /** Adds a person together with their affiliations, all or nothing. */
    @Transactional
    public PersonCard add(AccountId account, PersonChanges changes, List<NewAffiliation> affiliations) {
        Person person = people.create(account, changes);
        affiliate(account, person.id(), affiliations);
        return card(account, person.id());
    }

    /** Changes a person and adds affiliations, all or nothing. */
    @Transactional
    public PersonCard edit(AccountId account, String id, PersonChanges changes, List<NewAffiliation> affiliations) {
        Person person = people.update(account, id, changes);
        affiliate(account, person.id(), affiliations);
        return card(account, person.id());
    }

    private void affiliate(AccountId account, String personId, List<NewAffiliation> affiliations) {
        for (NewAffiliation a : affiliations) {
            organizations.addAffiliation(account, new AffiliationChanges(personId, null, a.organization(),
                    a.kind().wire(), null, a.title(), a.start(), a.end()));
        }
    }
}
