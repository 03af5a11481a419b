package app.kith.notecards;

import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.ConflictException;
import app.kith.shared.Dates;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Patch;
import app.kith.shared.Text;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The note-card module's API: the queue of handwritten notes, moving a card from {@code to-write}
 * to {@code written} to {@code mailed} (which logs a {@code note-card} touch that gave), and the
 * print-ready PDF.
 */
@Service
public class NoteCardService {
    private final NoteCards cards;
    private final PeopleService people;
    private final InteractionService interactions;
    private final CardPrinter printer;
    private final CardSuggestions suggestions;
    private final Clock clock;

    NoteCardService(NoteCards cards, PeopleService people, InteractionService interactions, CardPrinter printer,
                    CardSuggestions suggestions, Clock clock) {
        this.cards = cards;
        this.people = people;
        this.interactions = interactions;
        this.printer = printer;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    /** Cards worth writing to the inner circle around a day (see {@link CardSuggestion}). */
    public List<CardSuggestion> suggestions(AccountId account, LocalDate day) {
        return suggestions.suggest(account, day);
    }

    @Transactional
    public NoteCard add(AccountId account, NoteCardChanges changes) {
        if (changes.personId() == null || changes.personId().isBlank()) {
            throw new InvalidInputException("personId", "name who the card is for");
        }
        String person = people.resolve(account, changes.personId());
        if (person.equals(people.selfId(account))) {
            throw new InvalidInputException("personId", "a card is for someone else, not yourself");
        }
        NoteCard card = new NoteCard(Ids.newId(), person, null, occasion(changes.occasion()),
                changes.writeBy() == null ? null : Dates.parse("writeBy", changes.writeBy()), message(changes.message()),
                CardStatus.TO_WRITE, null, null, null, clock.instant());
        cards.insert(account, card);
        NoteCard added = get(account, card.id());
        return changes.status() == null ? added
                : update(account, added.id(), new NoteCardChanges(null, null, null, null, changes.status()));
    }

    /**
     * Changes a card. Its status only moves forward; marking it {@code mailed} logs a
     * {@code note-card} interaction with direction {@code gave} for today.
     */
    @Transactional
    public NoteCard update(AccountId account, String id, NoteCardChanges changes) {
        NoteCard cur = get(account, id);
        CardStatus status = Patch.field(changes.status(), cur.status(),
                v -> Choice.parse(CardStatus.class, "status", v));
        if (status == null) {
            throw new InvalidInputException("status", "is required (" + Choice.choices(CardStatus.class) + ")");
        }
        if (status.ordinal() < cur.status().ordinal()) {
            throw new ConflictException("the card is already " + cur.status().wire() + "; it cannot go back to "
                    + status.wire());
        }
        LocalDate today = LocalDate.now(clock);
        String person = Patch.field(changes.personId(), cur.personId(), v -> people.resolve(account, v));
        LocalDate written = cur.writtenOn() == null && status != CardStatus.TO_WRITE ? today : cur.writtenOn();
        String interaction = cur.interactionId();
        LocalDate mailed = cur.mailedOn();
        if (status == CardStatus.MAILED && cur.status() != CardStatus.MAILED) {
            String occasion = Patch.field(changes.occasion(), cur.occasion(), v -> occasion(v));
            interaction = interactions.log(account, new InteractionChanges(List.of(person), "note-card", "gave",
                    today.toString(), "Note card: " + occasion)).id();
            mailed = today;
        }
        NoteCard updated = new NoteCard(id, person, null,
                Patch.field(changes.occasion(), cur.occasion(), v -> occasion(v)),
                Patch.field(changes.writeBy(), cur.writeBy(),
                        v -> v.isBlank() ? null : Dates.parse("writeBy", v)),
                Patch.field(changes.message(), cur.message(), v -> message(v)), status, written, mailed,
                interaction, cur.createdAt());
        cards.update(account, updated);
        return get(account, id);
    }

    @Transactional
    public void delete(AccountId account, String id) {
        get(account, id);
        cards.delete(account, id);
    }

    public NoteCard get(AccountId account, String id) {
        NoteCard card = Ids.found("note card", id, i -> cards.find(account, i));
        return named(account, List.of(card)).getFirst();
    }

    /** Cards with the given status, or every card not yet mailed when status is null, soonest due first. */
    public List<NoteCard> list(AccountId account, String status) {
        CardStatus wanted = Choice.parse(CardStatus.class, "status", status);
        Set<CardStatus> statuses = wanted == null ? EnumSet.of(CardStatus.TO_WRITE, CardStatus.WRITTEN)
                : EnumSet.of(wanted);
        return named(account, cards.list(account, statuses));
    }

    /** Cards not yet mailed that are due by {@code by} (overdue ones included). */
    public List<NoteCard> due(AccountId account, LocalDate by) {
        return named(account, cards.due(account, by));
    }

    /**
     * Writes a print-ready PDF of the cards not yet mailed (or of the given ones): for each, an A6
     * card with the occasion and draft, then a C6 envelope with the recipient's postal address.
     * Returns how many cards it holds.
     */
    public int print(AccountId account, List<String> ids, OutputStream out) {
        List<NoteCard> chosen = ids == null || ids.isEmpty() ? list(account, null)
                : ids.stream().map(id -> get(account, id)).toList();
        List<CardPrinter.Page> pages = new ArrayList<>();
        for (NoteCard card : chosen) {
            Person person = people.get(account, card.personId());
            pages.add(new CardPrinter.Page(card, person.name(),
                    person.contact().addresses().isEmpty() ? null : person.contact().addresses().getFirst()));
        }
        printer.print(pages, out);
        return pages.size();
    }

    private static String occasion(String occasion) {
        String clean = Text.clean(occasion);
        if (clean == null) {
            throw new InvalidInputException("occasion", "is required (a birthday, a thank-you...)");
        }
        if (clean.length() > 200) {
            throw new InvalidInputException("occasion", "is longer than 200 characters");
        }
        return clean;
    }

    private static String message(String message) {
        String clean = Text.clean(message);
        if (clean != null && clean.length() > 2000) {
            throw new InvalidInputException("message", "is longer than 2000 characters (a card is small)");
        }
        return clean;
    }

    /** The cards with their people's names, which the people module keeps. */
    private List<NoteCard> named(AccountId account, List<NoteCard> unnamed) {
        Map<String, String> names = people.names(account, unnamed.stream().map(NoteCard::personId).distinct().toList());
        return unnamed.stream().map(card -> card.named(names.get(card.personId()))).toList();
    }
}
