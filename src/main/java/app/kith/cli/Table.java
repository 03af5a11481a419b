package app.kith.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text in aligned columns. Every cell passes through {@link Safe#text}, and long cells are cut to
 * their column's limit so one long name does not push every row off the screen.
 */
final class Table {
    private static final String GAP = "  ";
    private final String[] headers;
    private final int[] limits;
    private final List<String[]> rows = new ArrayList<>();
    private final int[] widths;
    private boolean headed;

    /** A table with these headers; a limit of 0 leaves that column uncut. */
    Table(String[] headers, int[] limits) {
        this.headers = headers.clone();
        this.limits = limits.clone();
        this.widths = new int[headers.length];
    }

    Table row(String... cells) {
        String[] clean = new String[headers.length];
        for (int i = 0; i < clean.length; i++) {
            clean[i] = cut(Safe.text(i < cells.length ? cells[i] : ""), limits[i]);
        }
        rows.add(clean);
        return this;
    }

    /** The lines, headers first; a table without headers (all blank) prints only its rows. */
    List<String> lines() {
        return drain();
    }

    /**
     * The lines of the rows added since the last call, headers the first time: a long list prints a
     * page at a time. Columns never get narrower than an earlier page's.
     */
    List<String> drain() {
        boolean withHeaders = Arrays.stream(headers).anyMatch(h -> !h.isEmpty());
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], withHeaders ? length(headers[i]) : 0);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], length(row[i]));
            }
        }
        List<String> lines = new ArrayList<>();
        if (withHeaders && !headed) {
            lines.add(line(headers, widths));
            headed = true;
        }
        rows.forEach(row -> lines.add(line(row, widths)));
        rows.clear();
        return lines;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < cells.length - 1) {
                line.append(" ".repeat(widths[i] - length(cells[i]))).append(GAP);
            }
        }
        return line.toString().stripTrailing();
    }

    private static String cut(String text, int limit) {
        if (limit <= 0 || length(text) <= limit) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, limit - 1)) + "…";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
