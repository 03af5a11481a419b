package app.kith.exchange;

import app.kith.shared.BadDataException;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * vCard 2.1, 3.0 and 4.0, one card at a time: the file is split on BEGIN/END lines as it streams
 * (so a 100,000-card file never sits in memory), each card is parsed by ez-vcard, and a card left
 * without END is bad data naming the line it began on.
 */
final class VCardParser {
    private static final Pattern BEGIN = Pattern.compile("(?i)^([\\w-]+\\.)?BEGIN:VCARD\\s*$");
    private static final Pattern END = Pattern.compile("(?i)^([\\w-]+\\.)?END:VCARD\\s*$");
    private static final int MAX_CARD_CHARS = 4 * 1024 * 1024;

    private VCardParser() {
    }

    static void parse(String file, InputStream in, Consumer<Imported> out) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            StringBuilder card = new StringBuilder();
            long lineNumber = 0;
            long begin = 0;
            int depth = 0;
            boolean seen = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\ufeff') {
                    line = line.substring(1);
                }
                if (depth == 0) {
                    if (BEGIN.matcher(line).matches()) {
                        depth = 1;
                        begin = lineNumber;
                        card.setLength(0);
                        card.append(line).append("\r\n");
                        seen = true;
                    } else if (!line.isBlank()) {
                        throw new BadDataException(file, lineNumber, "expected BEGIN:VCARD, found '" + shorten(line) + "'");
                    }
                    continue;
                }
                card.append(line).append("\r\n");
                if (card.length() > MAX_CARD_CHARS) {
                    throw new BadDataException(file, begin, "this vCard is larger than 4 MB");
                }
                if (BEGIN.matcher(line).matches()) {
                    depth++;
                } else if (END.matcher(line).matches() && --depth == 0) {
                    out.accept(person(file, begin, card.toString(), out));
                }
            }
            if (depth > 0) {
                throw new BadDataException(file, begin, "the vCard that begins here has no END:VCARD");
            }
            if (!seen) {
                throw new BadDataException(file, 1, "not a vCard file (no BEGIN:VCARD)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Imported person(String file, long line, String text, Consumer<Imported> problems) {
        VCard card;
        try (VCardReader reader = new VCardReader(text)) {
            reader.setDefaultQuotedPrintableCharset(StandardCharsets.UTF_8);
            card = reader.readNext();
        } catch (IOException | RuntimeException e) {
            throw new BadDataException(file, line, "this vCard cannot be read (" + e.getMessage() + ")");
        }
        if (card == null) {
            throw new BadDataException(file, line, "this vCard cannot be read");
        }
        CardFields fields = VCards.read(card);
        if (fields.name() == null) {
            return new Imported.Problem(file, line, "a card without a name, organization or email was skipped");
        }
        fields.problems().forEach(p -> problems.accept(new Imported.Problem(file, line, p)));
        List<Imported.Job> jobs = fields.organization() == null ? List.of()
                : List.of(new Imported.Job(fields.organization(), "works-at", fields.title(), null, null));
        return new Imported.Person(file, line, fields.name(), fields.nickname(), fields.emails(), fields.phones(),
                fields.urls(), fields.addresses(), fields.birthday(), jobs, fields.notes(), fields.tags(),
                fields.photo());
    }

    private static String shorten(String line) {
        return VCards.shorten(line);
    }

}
