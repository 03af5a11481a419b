package app.kith.insights;

import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionKind;
import app.kith.people.TrustStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When the history supports a different trust stage. Up one stage: acquainted after 3 real touches;
 * trusted after 8 over at least 6 months with help going both ways and no setback in a year; close
 * after 20 over at least a year, at least 3 given and 3 received or mutual, no setback in a year.
 * Down one stage: 2 setbacks within a year, or (trusted, close) no real touch for two years.
 */
final class TrustAdvisor {

    private TrustAdvisor() {
    }

    /** {@code history}: the person's interactions up to the day, any order. */
    static Optional<TrustSuggestion> suggest(PersonRef person, TrustStage current, List<Interaction> history,
                                             LocalDate day) {
        List<Interaction> real = history.stream().filter(i -> i.direction() != Direction.ASKED).toList();
        long setbacks = history.stream().filter(i -> i.kind() == InteractionKind.SETBACK)
                .filter(i -> i.date().isAfter(day.minusDays(365))).count();
        LocalDate first = real.stream().map(Interaction::date).min(LocalDate::compareTo).orElse(null);
        LocalDate last = real.stream().map(Interaction::date).max(LocalDate::compareTo).orElse(null);
        long span = first == null ? 0 : ChronoUnit.DAYS.between(first, last);
        long gave = real.stream().filter(i -> i.direction() == Direction.GAVE).count();
        long back = real.stream().filter(i -> i.direction() == Direction.RECEIVED || i.direction() == Direction.MUTUAL)
                .count();
        if (current != TrustStage.NEW && setbacks >= 2) {
            return Optional.of(new TrustSuggestion(person, current, lower(current),
                    setbacks + " setbacks in the last 12 months"));
        }
        if ((current == TrustStage.TRUSTED || current == TrustStage.CLOSE)
                && (last == null || last.isBefore(day.minusYears(2)))) {
            return Optional.of(new TrustSuggestion(person, current, lower(current),
                    "no real touch for more than two years"));
        }
        String both = "help going both ways (" + gave + " given, " + back + " received or mutual)";
        return switch (current) {
            case NEW -> real.size() >= 3 ? Optional.of(new TrustSuggestion(person, current, TrustStage.ACQUAINTED,
                    real.size() + " real touches since " + first)) : Optional.empty();
            case ACQUAINTED -> real.size() >= 8 && span >= 180 && gave >= 1 && back >= 1 && setbacks == 0
                    ? Optional.of(new TrustSuggestion(person, current, TrustStage.TRUSTED, real.size()
                            + " real touches over " + span / 30 + " months, " + both + ", no setback in a year"))
                    : Optional.empty();
            case TRUSTED -> real.size() >= 20 && span >= 365 && gave >= 3 && back >= 3 && setbacks == 0
                    ? Optional.of(new TrustSuggestion(person, current, TrustStage.CLOSE, real.size()
                            + " real touches over " + span / 30 + " months, " + both + ", no setback in a year"))
                    : Optional.empty();
            case CLOSE -> Optional.empty();
        };
    }

    private static TrustStage lower(TrustStage stage) {
        return TrustStage.values()[Math.max(0, stage.ordinal() - 1)];
    }
}
