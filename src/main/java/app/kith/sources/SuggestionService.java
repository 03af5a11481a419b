package app.kith.sources;

import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import app.kith.sources.Captures.What;
import app.kith.sources.TouchKeys.Touch;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions: people you write to who are nobody in Kith yet. Accepting one makes a person with the
 * address; attaching adds the address to someone you have; either way the touches already seen with
 * them are logged then. Ignoring one is remembered. Nothing here makes a person unasked.
 */
@Service
public class SuggestionService {
    private final Suggestions suggestions;
    private final Captures captures;
    private final PeopleService people;
    private final Clock clock;

    SuggestionService(Suggestions suggestions, Captures captures, PeopleService people, Clock clock) {
        this.suggestions = suggestions;
        this.captures = captures;
        this.people = people;
        this.clock = clock;
    }

    /** Open suggestions, the people you exchanged most mail with first. */
    public Page<Suggestion> open(AccountId account, Page.Request page) {
        List<Suggestion> items = suggestions.open(account, (int) page.offset(), page.size()).stream()
                .map(this::view).toList();
        return Page.of(items, page, () -> suggestions.countOpen(account));
    }

    /** The first few open suggestions, for Today. */
    public List<Suggestion> top(AccountId account, int limit) {
        return suggestions.open(account, 0, limit).stream().map(this::view).toList();
    }

    public Suggestion get(AccountId account, String id) {
        return view(row(account, id));
    }

    /**
     * Makes a person of the suggestion, named {@code name} (else the name their mail came with, else
     * the address), with its address, and logs the touches seen with them. When someone has the
     * address by now, it is theirs instead: no second person.
     */
    @Transactional
    public Suggestion accept(AccountId account, String id, String name) {
        Suggestions.Row row = open(account, id);
        List<String> owners = people.withEmails(account, List.of(row.email())).getOrDefault(row.email(), List.of());
        String personId = owners.isEmpty()
                ? people.create(account, PersonChanges.builder().name(name(name, row)).emails(List.of(row.email()))
                        .build()).id()
                : owners.getFirst();
        return answered(account, row, personId);
    }

    /** Adds the suggestion's address to a person you have ({@code self}: it is one of your own addresses). */
    @Transactional
    public Suggestion attach(AccountId account, String id, String personId) {
        Suggestions.Row row = open(account, id);
        if (personId == null || personId.isBlank()) {
            throw new InvalidInputException("personId", "is required: the person who gets the address");
        }
        Person person = people.get(account, people.resolve(account, personId));
        if (!person.contact().emails().stream().anyMatch(e -> e.equalsIgnoreCase(row.email()))) {
            List<String> emails = new ArrayList<>(person.contact().emails());
            emails.add(row.email());
            people.update(account, person.id(), PersonChanges.builder().emails(emails).build());
        }
        return answered(account, row, person.id());
    }

    /** Ignores the suggestion, for good: it is not suggested again however much mail follows. */
    @Transactional
    public Suggestion ignore(AccountId account, String id) {
        Suggestions.Row row = open(account, id);
        suggestions.answer(account, row.id(), SuggestionStatus.IGNORED, null, clock.instant());
        return get(account, id);
    }

    private Suggestion answered(AccountId account, Suggestions.Row row, String personId) {
        if (!suggestions.answer(account, row.id(), SuggestionStatus.ACCEPTED, personId, clock.instant())) {
            throw new ConflictException("this suggestion was answered meanwhile");
        }
        if (!personId.equals(people.selfId(account))) {
            Map<String, Map<Touch, What>> bySource = new LinkedHashMap<>();
            for (Suggestions.Where w : suggestions.where(account, row.id())) {
                bySource.computeIfAbsent(w.sourceId(), k -> new LinkedHashMap<>())
                        .put(new Touch(w.threadKey(), w.day(), personId), new What(w.kind(), null));
            }
            bySource.forEach((source, touched) -> captures.logTouches(account, source, touched));
        }
        return get(account, row.id());
    }

    private Suggestions.Row open(AccountId account, String id) {
        Suggestions.Row row = row(account, id);
        if (row.status() != SuggestionStatus.OPEN) {
            throw new ConflictException("this suggestion was already " + row.status().wire());
        }
        return row;
    }

    private Suggestions.Row row(AccountId account, String id) {
        return Ids.found("suggestion", id, i -> suggestions.find(account, i));
    }

    private static String name(String given, Suggestions.Row row) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return row.name() != null && !row.name().isBlank() ? row.name() : row.email();
    }

    private Suggestion view(Suggestions.Row row) {
        LocalDate today = LocalDate.now(clock);
        String month = row.first().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + (row.first().getYear() == today.getYear() ? "" : " " + row.first().getYear());
        String who = row.name() == null ? row.email() : row.name() + " <" + row.email() + ">";
        String text = "You exchanged " + row.messages() + (row.messages() == 1 ? " email" : " emails") + " with "
                + who + " since " + month + ".";
        return new Suggestion(row.id(), row.email(), row.name(), row.messages(), row.sent(), row.first(), row.last(),
                row.status(), row.personId(), text);
    }
}
