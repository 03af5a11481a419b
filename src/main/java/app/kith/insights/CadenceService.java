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
 * Keep-in-touch cadence per circle: Kith's defaults (inner 14 days, close 30, network 90,
 * acquaintance 180, none not tracked), changeable per account. A person's own cadence
 * ({@code cadenceDays} on the person) wins over their circle's.
 */
@Service
public class CadenceService {
    private final CircleCadences cadences;

    CadenceService(CircleCadences cadences) {
        this.cadences = cadences;
    }

    /** Every circle with its cadence for this account, inner first. */
    public List<CircleCadence> cadences(AccountId account) {
        Map<Circle, Integer> overrides = cadences.overrides(account);
        Cadences resolved = Cadences.with(overrides);
        return Arrays.stream(Circle.values())
                .map(c -> new CircleCadence(c, resolved.days().get(c), !overrides.containsKey(c))).toList();
    }

    /**
     * Sets a circle's cadence for this account; {@code days} null or 0 goes back to Kith's default.
     * The circle {@code none} is "not tracked" and has no cadence to set.
     */
    @Transactional
    public CircleCadence set(AccountId account, String circle, Integer days) {
        Circle parsed = Choice.parse(Circle.class, "circle", circle);
        if (parsed == null) {
            throw new InvalidInputException("circle", "is required (" + Choice.choices(Circle.class) + ")");
        }
        if (parsed == Circle.NONE) {
            throw new InvalidInputException("circle", "'none' means not tracked; it has no cadence");
        }
        if (days == null || days == 0) {
            cadences.reset(account, parsed);
        } else if (days < 1 || days > 3650) {
            throw new InvalidInputException("days", "must be between 1 and 3650 (0 for the default)");
        } else {
            cadences.set(account, parsed, days);
        }
        return cadences(account).stream().filter(c -> c.circle() == parsed).findFirst().orElseThrow();
    }

    Cadences resolved(AccountId account) {
        return Cadences.with(cadences.overrides(account));
    }
}
