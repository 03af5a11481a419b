package app.kith.exchange;

import app.kith.shared.BadDataException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read the way exports really look: UTF-8 with or without a byte-order mark, or
 * Windows-1252 when the bytes are not UTF-8 (older Outlook); lines before the header skipped
 * (LinkedIn's "Notes:" preamble); rows shorter or longer than the header; every row with the line
 * it starts on, so errors say {@code FILE:LINE}.
 */
final class CsvTable {
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line ([\\d,.\u00a0\u202f]+)");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final String file;
    private final String text;
    private final int[] lineStarts;
    private final Map<String, Integer> columns = new HashMap<>();
    private List<String> header = List.of();

    private CsvTable(String file, String text) {
        this.file = file;
        this.text = text;
        int[] starts = new int[64];
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
    }

    static CsvTable of(String file, byte[] bytes) {
        return new CsvTable(file, decode(bytes));
    }

    /** UTF-8 (a byte-order mark dropped) when the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }

    /** The first record (within the first few) that the test accepts as the header, lower-cased and trimmed. */
    List<String> findHeader(Predicate<List<String>> isHeader) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            for (int i = 0; i < 10 && records.hasNext(); i++) {
                List<String> names = names(records.next());
                if (isHeader.test(names)) {
                    return names;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
        return null;
    }

    /**
     * Reads every row after the header (the first record the test accepts). A file that is not
     * well-formed CSV, or has no such header, is bad data naming the line.
     */
    void rows(Predicate<List<String>> isHeader, String expected, Consumer<Row> each) {
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (parser) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean inHeader = true;
            while (next(records, parser)) {
                CSVRecord record = records.next();
                long line = lineOf(record.getCharacterPosition());
                if (inHeader) {
                    List<String> names = names(record);
                    if (isHeader.test(names)) {
                        header = names;
                        for (int i = names.size() - 1; i >= 0; i--) {
                            columns.put(names.get(i), i);
                        }
                        inHeader = false;
                    } else if (line > 20) {
                        break;
                    }
                    continue;
                }
                String[] values = record.values();
                if (values.length == 1 && values[0].isBlank()) {
                    continue;
                }
                each.accept(new Row(line, values));
            }
            if (inHeader) {
                throw new BadDataException(file, 1, "no header line with " + expected);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean next(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String message = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            Matcher m = LINE_IN_MESSAGE.matcher(String.valueOf(message));
            long line = m.find() ? Long.parseLong(m.group(1).replaceAll("\\D", "")) : parser.getCurrentLineNumber();
            throw new BadDataException(file, line, message != null && message.contains("EOF reached before encapsulated")
                    ? "a quoted value is never closed (a \" is missing)"
                    : "not valid CSV (" + message + ")");
        }
    }

    private long lineOf(long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    List<String> header() {
        return header;
    }

    private static List<String> names(CSVRecord record) {
        List<String> names = new ArrayList<>(record.size());
        record.forEach(v -> names.add(v.strip().toLowerCase(Locale.ROOT)));
        return names;
    }

    /** One row: values by (lower-case) column name, blank for columns the row does not have. */
    final class Row {
        private final long line;
        private final String[] values;

        Row(long line, String[] values) {
            this.line = line;
            this.values = values;
        }

        long line() {
            return line;
        }

        String file() {
            return file;
        }

        /** The value of a column, trimmed; null when blank or absent. */
        String get(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= values.length) {
                return null;
            }
            String v = values[i].strip();
            return v.isEmpty() ? null : v;
        }

        /** The values of every column whose name matches, in column order, split on Google's " ::: ". */
        List<String> all(Pattern column) {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < header.size() && i < values.length; i++) {
                if (column.matcher(header.get(i)).matches()) {
                    for (String v : values[i].split(" ::: ")) {
                        if (!v.isBlank()) {
                            found.add(v.strip());
                        }
                    }
                }
            }
            return found;
        }
    }
}
