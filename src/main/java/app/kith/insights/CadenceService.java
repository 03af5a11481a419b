package app.kith.insights;

import app.kith.people.Circle;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keep-in-touch cadence per circle: Kith's default ideal intervals (inner 14 days, close 30, network
 * 90, acquaintance 180, none not tracked) and maximum intervals (twice the ideal), changeable per
 * account. A person's own cadence ({@code cadenceDays} on the person) wins over their circle's.
 */
@Service
public class CadenceService {
    static final int MOST_DAYS = 3650;

    private final CircleCadences cadences;
    private final KeptPictures pictures;

    CadenceService(CircleCadences cadences, KeptPictures pictures) {
        this.cadences = cadences;
        this.pictures = pictures;
    }

    /** Every circle with its cadence for this account, inner first. */
    public List<CircleCadence> cadences(AccountId account) {
        Map<Circle, CircleCadences.OwnCadence> overrides = cadences.overrides(account);
        Cadences resolved = Cadences.with(overrides);
        return Arrays.stream(Circle.values()).map(c -> {
            CircleCadences.OwnCadence own = overrides.get(c);
            return new CircleCadence(c, resolved.days().get(c), resolved.maximums().get(c),
                    own == null || own.days() == null, own == null || own.maximumDays() == null);
        }).toList();
    }

    /**
     * Sets a circle's ideal interval ({@code days}) and maximum interval ({@code maximumDays}): null
     * leaves one as it is, 0 goes back to Kith's default. The maximum may not be below the ideal. The
     * circle {@code none} is "not tracked" and has no cadence to set.
     */
    @Transactional
    public CircleCadence set(AccountId account, String circle, Integer days, Integer maximumDays) {
        Circle parsed = Choice.parse(Circle.class, "circle", circle);
        if (parsed == null) {
            throw new InvalidInputException("circle", "is required (" + Choice.choices(Circle.class) + ")");
        }
        if (parsed == Circle.NONE) {
            throw new InvalidInputException("circle", "'none' means not tracked; it has no cadence");
        }
        checkDays("days", days);
        checkDays("maximumDays", maximumDays);
        CircleCadences.OwnCadence own = cadences.overrides(account).getOrDefault(parsed,
                new CircleCadences.OwnCadence(null, null));
        Integer newDays = days == null ? own.days() : days == 0 ? null : days;
        Integer newMaximum = maximumDays == null ? own.maximumDays() : maximumDays == 0 ? null : maximumDays;
        int ideal = newDays != null ? newDays : Cadences.DEFAULTS.get(parsed);
        if (newMaximum != null && newMaximum < ideal) {
            throw maximumDays != null
                    ? new InvalidInputException("maximumDays", "must be at least the ideal interval (" + ideal + " days)")
                    : new InvalidInputException("days", "is more than the circle's maximum interval (" + newMaximum
                            + " days): raise the maximum too");
        }
        cadences.set(account, parsed, newDays, newMaximum);
        pictures.changed(account);
        return cadences(account).stream().filter(c -> c.circle() == parsed).findFirst().orElseThrow();
    }

    private static void checkDays(String field, Integer days) {
        if (days != null && (days < 0 || days > MOST_DAYS)) {
            throw new InvalidInputException(field, "must be between 1 and " + MOST_DAYS + " (0 for the default)");
        }
    }

    Cadences resolved(AccountId account) {
        return Cadences.with(cadences.overrides(account));
    }
}
