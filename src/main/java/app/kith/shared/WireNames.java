package app.kith.shared;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The wire names of {@link Choice} constants, worked out once per enum: rows are written with
 * several wire names each, and building them anew every time showed up in large imports.
 */
final class WireNames {
    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(c -> of(((Enum<?>) c).name())).toArray(String[]::new);
        }
    };

    /** Each enum's constants by their exact wire name, as the database holds them. */
    private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byWire = new HashMap<>();
            for (Object c : type.getEnumConstants()) {
                byWire.put(of((Enum<?>) c), (Enum<?>) c);
            }
            return Map.copyOf(byWire);
        }
    };

    private WireNames() {
    }

    static String of(Enum<?> constant) {
        return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** The constant whose wire name is exactly this text, or null (the caller then tries harder). */
    static <E extends Enum<E>> E constant(Class<E> type, String wire) {
        return type.cast(CONSTANTS.get(type).get(wire));
    }

    static String of(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
