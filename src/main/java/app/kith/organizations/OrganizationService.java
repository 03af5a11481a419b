package app.kith.organizations;

import app.kith.people.PeopleService;
import app.kith.people.SearchTermsChanged;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.Choice;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import app.kith.shared.Patch;
import app.kith.shared.Text;
import app.kith.storage.Chunks;
import app.kith.storage.IdFilter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organizations module's API: organizations and the affiliations that tie people to them. */
@Service
public class OrganizationService {
    private final Organizations organizations;
    private final Affiliations affiliations;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationService(Organizations organizations, Affiliations affiliations, PeopleService people,
                        ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.affiliations = affiliations;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Organization create(AccountId account, OrganizationChanges changes) {
        String name = Text.required("name", changes.name(), 200);
        OrganizationKind kind = Choice.parse(OrganizationKind.class, "kind", changes.kind());
        if (kind == null) {
            throw new InvalidInputException("kind", "is required (" + Choice.choices(OrganizationKind.class) + ")");
        }
        if (organizations.idByName(account, name, kind).isPresent()) {
            throw new ConflictException("a " + kind.wire() + " named '" + name + "' already exists");
        }
        String id = Ids.newId();
        organizations.insert(account, id, name, kind, website(changes.website()),
                Text.limited("notes", changes.notes(), 20000),
                clock.instant().toString());
        return get(account, id);
    }

    /** The id of the organization with this name and kind, created when there is none yet. */
    @Transactional
    public String findOrCreate(AccountId account, String name, OrganizationKind kind) {
        String clean = Text.required("name", name, 200);
        return organizations.idByName(account, clean, kind).orElseGet(() -> {
            String id = Ids.newId();
            organizations.insert(account, id, clean, kind, null, null, clock.instant().toString());
            return id;
        });
    }

    @Transactional
    public Organization update(AccountId account, String id, OrganizationChanges changes) {
        Organization current = get(account, id);
        Organization updated = new Organization(current.id(),
                Patch.field(changes.name(), current.name(), v -> Text.required("name", v, 200)),
                Patch.field(Choice.parse(OrganizationKind.class, "kind", changes.kind()), current.kind()),
                Patch.field(changes.website(), current.website(), v -> website(v)),
                Patch.field(changes.notes(), current.notes(), v -> Text.limited("notes", v, 20000)),
                current.members());
        organizations.idByName(account, updated.name(), updated.kind()).filter(other -> !other.equals(id))
                .ifPresent(other -> {
                    throw new ConflictException(
                            "a " + updated.kind().wire() + " named '" + updated.name() + "' already exists");
                });
        organizations.update(account, updated);
        termsChanged(account, affiliations.peopleOf(account, id));
        return get(account, id);
    }

    @Transactional
    public void delete(AccountId account, String id) {
        get(account, id);
        List<String> members = affiliations.peopleOf(account, id);
        organizations.delete(account, id);
        termsChanged(account, members);
    }

    public Organization get(AccountId account, String id) {
        return Ids.found("organization", id, i -> organizations.find(account, i));
    }

    public Page<Organization> list(AccountId account, String kind, String query, Page.Request page) {
        return organizations.list(account, Choice.parse(OrganizationKind.class, "kind", kind), query, page);
    }

    /** The people who are or were affiliated with the organization, most recent first. */
    public List<Affiliation> members(AccountId account, String organizationId) {
        get(account, organizationId);
        return affiliations.ofOrganization(account, organizationId);
    }

    public List<String> memberIds(AccountId account, String organizationId) {
        get(account, organizationId);
        return affiliations.peopleOf(account, organizationId);
    }

    @Transactional
    public Affiliation addAffiliation(AccountId account, AffiliationChanges changes) {
        Affiliations.Row row = newRow(account, changes);
        affiliations.insertAll(account, List.of(row));
        termsChanged(account, List.of(row.personId()));
        return affiliation(account, row.id());
    }

    /**
     * The words a planned affiliation will make its person findable by, for a bulk create that writes
     * its new people's search entries whole ({@code KnownAhead} of the people module).
     */
    public static List<String> searchTerms(AffiliationChanges planned) {
        return AffiliationSearchTerms.words(planned.organization(), planned.title());
    }

    /** Adds many affiliations in batches (imports, the synthetic network). */
    @Transactional
    public void addAffiliations(AccountId account, List<AffiliationChanges> all) {
        Map<OrganizationKind, Map<String, String>> orgIds = organizationIds(account, all);
        List<Affiliations.Row> rows = new ArrayList<>(all.size());
        String now = clock.instant().toString();
        for (AffiliationChanges c : all) {
            OrganizationKind kind = kindOf(c);
            String orgId = c.organizationId() != null ? c.organizationId()
                    : orgIds.get(kind).get(Text.fold(c.organization()));
            rows.add(new Affiliations.Row(Ids.newId(), c.personId(), orgId, roleOf(c, kind),
                    Text.limited("title", c.title(), 200),
                    YearOrDate.parse("start", c.start()), YearOrDate.parse("end", c.end()), now));
        }
        affiliations.insertAll(account, rows);
        termsChanged(account, all.stream().map(AffiliationChanges::personId).distinct().toList());
    }

    /**
     * The organizations these affiliations name, by kind and folded name: looked up a few hundred at a
     * time, and the missing ones created together, with the first spelling the affiliations give.
     */
    private Map<OrganizationKind, Map<String, String>> organizationIds(AccountId account,
                                                                       List<AffiliationChanges> all) {
        Map<OrganizationKind, Map<String, String>> names = new EnumMap<>(OrganizationKind.class);
        for (AffiliationChanges c : all) {
            if (c.organizationId() == null) {
                String name = Text.required("name", c.organization(), 200);
                names.computeIfAbsent(kindOf(c), k -> new LinkedHashMap<>()).putIfAbsent(Text.fold(name), name);
            }
        }
        Map<OrganizationKind, Map<String, String>> ids = new EnumMap<>(OrganizationKind.class);
        List<Organization> created = new ArrayList<>();
        names.forEach((kind, byKey) -> {
            Map<String, String> found = organizations.idsByKey(account, kind, byKey.keySet());
            byKey.forEach((key, name) -> found.computeIfAbsent(key, k -> {
                Organization o = new Organization(Ids.newId(), name, kind, null, null, 0);
                created.add(o);
                return o.id();
            }));
            ids.put(kind, found);
        });
        organizations.insertAll(account, created, clock.instant().toString());
        return ids;
    }

    @Transactional
    public Affiliation updateAffiliation(AccountId account, String id, AffiliationChanges changes) {
        Affiliation current = affiliation(account, id);
        String orgId = current.organizationId();
        OrganizationKind kind = current.organizationKind();
        if (changes.organizationId() != null) {
            kind = get(account, changes.organizationId()).kind();
            orgId = changes.organizationId();
        } else if (changes.organization() != null) {
            kind = changes.organizationKind() == null ? kind : kindOf(changes);
            orgId = findOrCreate(account, changes.organization(), kind);
        }
        OrganizationKind newKind = kind;
        AffiliationRole role = Patch.field(changes.role(), current.role(), v -> roleOf(changes, newKind));
        affiliations.update(account, new Affiliations.Row(id, current.personId(), orgId, role,
                Patch.field(changes.title(), current.title(), v -> Text.limited("title", v, 200)),
                Patch.field(changes.start(), current.start(), v -> YearOrDate.parse("start", v)),
                Patch.field(changes.end(), current.end(), v -> YearOrDate.parse("end", v)), null));
        termsChanged(account, List.of(current.personId()));
        return affiliation(account, id);
    }

    @Transactional
    public void deleteAffiliation(AccountId account, String id) {
        Affiliation current = affiliation(account, id);
        affiliations.delete(account, id);
        termsChanged(account, List.of(current.personId()));
    }

    public Affiliation affiliation(AccountId account, String id) {
        return Ids.found("affiliation", id, i -> affiliations.find(account, i));
    }

    /** A person's affiliations, current ones first ("self" allowed). */
    public List<Affiliation> affiliationsOf(AccountId account, String personId) {
        return affiliations.ofPeople(account, List.of(people.resolve(account, personId)));
    }

    /** Each person's affiliations, for many people at once. */
    public Map<String, List<Affiliation>> affiliationsOf(AccountId account, Collection<String> personIds) {
        Map<String, List<Affiliation>> byPerson = new LinkedHashMap<>();
        for (List<String> chunk : Chunks.of(personIds)) {
            affiliations.ofPeople(account, chunk)
                    .forEach(a -> byPerson.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a));
        }
        return byPerson;
    }

    /** Each person's current employer (their most recent current "works at"), when they have one. */
    public Map<String, Affiliation> currentEmployment(AccountId account, Collection<String> personIds) {
        Map<String, Affiliation> current = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(personIds));
        for (List<String> chunk : IdFilter.onePass(ids) ? List.of(ids) : Chunks.of(ids)) {
            // Only current jobs are read: a list page does not need everyone's whole history.
            affiliations.currentJobs(account, chunk)
                    .forEach(a -> current.putIfAbsent(a.personId(), a));
        }
        return current;
    }

    /** Ids of people affiliated with any organization of this name (any kind), for list filters. */
    public Set<String> peopleAffiliatedWith(AccountId account, String organizationIdOrName) {
        Set<String> ids = new LinkedHashSet<>();
        if (Ids.looksValid(organizationIdOrName)) {
            organizations.find(account, organizationIdOrName)
                    .ifPresent(o -> ids.addAll(affiliations.peopleOf(account, o.id())));
            return ids;
        }
        for (OrganizationKind kind : OrganizationKind.values()) {
            organizations.idByName(account, organizationIdOrName, kind)
                    .ifPresent(id -> ids.addAll(affiliations.peopleOf(account, id)));
        }
        return ids;
    }

    private Affiliations.Row newRow(AccountId account, AffiliationChanges c) {
        String personId = people.resolve(account, c.personId() == null ? "" : c.personId());
        String orgId;
        OrganizationKind kind;
        if (c.organizationId() != null) {
            Organization org = get(account, c.organizationId());
            orgId = org.id();
            kind = org.kind();
        } else {
            kind = kindOf(c);
            orgId = findOrCreate(account, c.organization(), kind);
        }
        return new Affiliations.Row(Ids.newId(), personId, orgId, roleOf(c, kind),
                Text.limited("title", c.title(), 200),
                YearOrDate.parse("start", c.start()), YearOrDate.parse("end", c.end()), clock.instant().toString());
    }

    private static OrganizationKind kindOf(AffiliationChanges c) {
        OrganizationKind kind = Choice.parse(OrganizationKind.class, "organizationKind", c.organizationKind());
        if (kind != null) {
            return kind;
        }
        AffiliationRole role = Choice.parse(AffiliationRole.class, "role", c.role());
        if (role == null) {
            return OrganizationKind.COMPANY;
        }
        return switch (role) {
            case WORKS_AT -> OrganizationKind.COMPANY;
            case STUDIED_AT -> OrganizationKind.SCHOOL;
            case MEMBER_OF -> OrganizationKind.COMMUNITY;
        };
    }

    private static AffiliationRole roleOf(AffiliationChanges c, OrganizationKind kind) {
        AffiliationRole role = Choice.parse(AffiliationRole.class, "role", c.role());
        return role == null ? AffiliationRole.typicalFor(kind) : role;
    }

    private static String website(String website) {
        String clean = Text.clean(website);
        if (clean != null && !clean.matches("(?i)^https?://[^\\s]+$")) {
            throw new InvalidInputException("website", "must be an http(s) address");
        }
        return clean;
    }

    /** People are found by their organizations and titles: tells the people module these changed. */
    private void termsChanged(AccountId account, Collection<String> personIds) {
        if (!personIds.isEmpty()) {
            events.publishEvent(new SearchTermsChanged(account, List.copyOf(personIds)));
        }
    }
}
