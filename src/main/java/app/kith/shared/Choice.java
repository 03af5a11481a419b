package app.kith.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An enumerated value with a fixed wire name (lower case, words joined by '-'), the same in the
 * CLI, the API, the database and the exports.
 */
public interface Choice {

    String name();

    /** The wire name; JSON reads and writes this, never the Java constant's name. */
    @JsonValue
    default String wire() {
        if (this instanceof Enum<?> constant) {
            return WireNames.of(constant);
        }
        return WireNames.of(name());
    }

    /** Reads a wire name; a null or blank value gives null, an unknown one names the field and the choices. */
    static <E extends Enum<E> & Choice> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        E known = WireNames.constant(type, value);
        if (known != null) {
            return known;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.wire().equals(wanted)) {
                return e;
            }
        }
        throw new InvalidInputException(field, "'" + value + "' is not one of " + choices(type));
    }

    static <E extends Enum<E> & Choice> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::wire).collect(Collectors.joining(", "));
    }
}
