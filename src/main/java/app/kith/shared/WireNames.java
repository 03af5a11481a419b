package app.kith.shared;

import java.util.Arrays;
import java.util.Locale;

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

    private WireNames() {
    }

    static String of(Enum<?> constant) {
        return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    static String of(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
