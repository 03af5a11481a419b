package app.kith.notecards;

import app.kith.calendar.CalendarService;
import app.kith.calendar.Event;
import app.kith.calendar.EventPerson;
import app.kith.insights.Bridge;
import app.kith.insights.BridgeService;
import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionService;
import app.kith.people.Birthday;
import app.kith.people.BridgeStatus;
import app.kith.people.Circle;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Cards worth writing to the inner circle, for a day: birthdays in the next {@value #BIRTHDAY_DAYS}
 * days (write-by {@value #POST_DAYS} days before, so the card arrives), achievements not yet
 * congratulated, thank-yous to people who gave in the last {@value #THANKS_DAYS} days, and the
 * first step of a bridge being repaired. People with a card already in the queue are left out.
 */
@Component
class CardSuggestions {
    static final int BIRTHDAY_DAYS = 21;
    static final int POST_DAYS = 5;
    static final int THANKS_DAYS = 14;

    private final PeopleService people;
    private final CalendarService calendar;
    private final InteractionService interactions;
    private final BridgeService bridges;
    private final NoteCards cards;

    CardSuggestions(PeopleService people, CalendarService calendar, InteractionService interactions,
                    BridgeService bridges, NoteCards cards) {
        this.people = people;
        this.calendar = calendar;
        this.interactions = interactions;
        this.bridges = bridges;
        this.cards = cards;
    }

    List<CardSuggestion> suggest(AccountId account, LocalDate day) {
        Map<String, RelationshipFacts> inner = new LinkedHashMap<>();
        people.trackedFacts(account).stream().filter(p -> p.relationship().circle() == Circle.INNER && !p.self())
                .forEach(p -> inner.put(p.id(), p));
        Set<String> queued = new HashSet<>();
        cards.list(account, EnumSet.of(CardStatus.TO_WRITE, CardStatus.WRITTEN))
                .forEach(c -> queued.add(c.personId()));
        List<CardSuggestion> suggestions = new ArrayList<>();
        for (RelationshipFacts p : inner.values()) {
            if (p.birthday() == null || queued.contains(p.id()) || p.relationship().bridge() == BridgeStatus.STRAINED) {
                continue;
            }
            LocalDate next = next(p.birthday(), day);
            if (!next.isAfter(day.plusDays(BIRTHDAY_DAYS))) {
                suggestions.add(new CardSuggestion(p.id(), p.name(), "Birthday", latest(next.minusDays(POST_DAYS), day),
                        "birthday on " + next));
            }
        }
        for (Event achievement : calendar.achievementsToCongratulate(account, day, 30)) {
            for (EventPerson person : achievement.people()) {
                if (inner.containsKey(person.id()) && !queued.contains(person.id())) {
                    suggestions.add(new CardSuggestion(person.id(), person.name(), "Congratulations: "
                            + achievement.title(), day.plusDays(POST_DAYS), "achievement on " + achievement.date()));
                }
            }
        }
        Page<Interaction> received = interactions.list(account, new InteractionFilter(null, null, Direction.RECEIVED,
                day.minusDays(THANKS_DAYS), day), Page.Request.of(0, 200));
        Set<String> thanked = new HashSet<>();
        for (Interaction i : received.items()) {
            for (String person : i.participantIds()) {
                if (inner.containsKey(person) && !queued.contains(person) && thanked.add(person)) {
                    suggestions.add(new CardSuggestion(person, inner.get(person).name(), "Thank you",
                            day.plusDays(POST_DAYS), "they gave on " + i.date() + " (" + i.kind().wire() + ")"));
                }
            }
        }
        for (RelationshipFacts p : inner.values()) {
            if (p.relationship().bridge() == BridgeStatus.REPAIRING && !queued.contains(p.id())) {
                Bridge bridge = bridges.bridge(account, p.id());
                suggestions.add(new CardSuggestion(p.id(), p.name(), "A first step",
                        bridge.firstStepBy() == null ? day.plusDays(POST_DAYS) : bridge.firstStepBy(),
                        bridge.firstStep() == null ? "repairing the relationship"
                                : "repairing: first step \"" + bridge.firstStep() + "\""));
            }
        }
        suggestions.sort(Comparator.comparing(CardSuggestion::writeBy).thenComparing(CardSuggestion::name));
        return suggestions;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate next(Birthday birthday, LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            boolean leapDay = birthday.month() == 2 && birthday.day() == 29 && !Year.isLeap(year);
            LocalDate date = LocalDate.of(year, birthday.month(), leapDay ? 28 : birthday.day());
            if (!date.isBefore(day)) {
                return date;
            }
        }
    }
}
