package app.kith.notecards;

import app.kith.people.PostalAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Lays out note cards for printing: an A6 card (occasion, then the draft or a greeting to start
 * from), followed by a C6 envelope (landscape) with the recipient's name and postal address. The
 * embedded DejaVu Sans (a subset) covers Latin with every accent, Greek, Cyrillic, Armenian,
 * Georgian, Hebrew and Arabic letters; a character it lacks (e.g. CJK) prints as '?' rather than
 * failing the whole document.
 */
@Component
class CardPrinter {
    private static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final float MM = 72f / 25.4f;
    private static final PDRectangle CARD = PDRectangle.A6;
    private static final PDRectangle ENVELOPE = new PDRectangle(162 * MM, 114 * MM);
    private static final float MARGIN = 12 * MM;

    /** One card to print, with its recipient's name and address (null when Kith has none). */
    record Page(NoteCard card, String name, PostalAddress address) {
    }

    void print(List<Page> pages, OutputStream out) {
        try (PDDocument pdf = new PDDocument(); InputStream font = CardPrinter.class.getResourceAsStream(FONT)) {
            pdf.getDocumentInformation().setTitle("Kith note cards");
            Writer writer = new Writer(pdf, PDType0Font.load(pdf, font, true));
            for (Page page : pages) {
                card(writer, page);
                envelope(writer, page);
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the note cards PDF", e);
        }
    }

    private static void card(Writer w, Page page) throws IOException {
        PDPage card = new PDPage(CARD);
        w.pdf.addPage(card);
        try (PDPageContentStream text = new PDPageContentStream(w.pdf, card)) {
            float y = CARD.getHeight() - MARGIN - 14;
            y = w.paragraph(text, page.card().occasion(), 14, MARGIN, y, CARD.getWidth() - 2 * MARGIN);
            y -= 14;
            String body = page.card().message() == null ? "Dear " + page.name() + "," : page.card().message();
            for (String paragraph : body.split("\\R")) {
                y = w.paragraph(text, paragraph, 11, MARGIN, y, CARD.getWidth() - 2 * MARGIN);
            }
        }
    }

    private static void envelope(Writer w, Page page) throws IOException {
        PDPage envelope = new PDPage(ENVELOPE);
        w.pdf.addPage(envelope);
        List<String> lines = new ArrayList<>();
        lines.add(page.name());
        PostalAddress a = page.address();
        if (a == null) {
            lines.add("(no postal address in Kith)");
        } else {
            add(lines, a.street());
            add(lines, join(a.postalCode(), a.locality()));
            add(lines, a.region());
            add(lines, a.country());
        }
        try (PDPageContentStream text = new PDPageContentStream(w.pdf, envelope)) {
            float x = ENVELOPE.getWidth() * 0.45f;
            float y = ENVELOPE.getHeight() * 0.55f;
            for (String line : lines) {
                y = w.paragraph(text, line, 12, x, y, ENVELOPE.getWidth() - x - MARGIN);
            }
        }
    }

    private static void add(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            for (String line : value.split("\\R")) {
                lines.add(line.strip());
            }
        }
    }

    private static String join(String first, String second) {
        String a = first == null ? "" : first.strip();
        String b = second == null ? "" : second.strip();
        return (a + " " + b).strip();
    }

    /** Writes text with one font, wrapping at a width and replacing characters the font lacks. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final Map<Integer, Boolean> known = new HashMap<>();

        Writer(PDDocument pdf, PDType0Font font) {
            this.pdf = pdf;
            this.font = font;
        }

        /** Writes a paragraph from (x, y) down, wrapped at {@code width}; returns the next line's y. */
        float paragraph(PDPageContentStream out, String paragraph, float size, float x, float y, float width)
                throws IOException {
            float leading = size * 1.35f;
            StringBuilder line = new StringBuilder();
            for (String word : printable(paragraph).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    show(out, line.toString(), size, x, y);
                    y -= leading;
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            show(out, line.toString(), size, x, y);
            return y - leading;
        }

        private void show(PDPageContentStream out, String text, float size, float x, float y) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
        }

        private String printable(String text) {
            StringBuilder clean = new StringBuilder();
            text.codePoints().forEach(cp -> {
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    clean.append(' ');
                } else if (known.computeIfAbsent(cp, this::canShow)) {
                    clean.appendCodePoint(cp);
                } else {
                    clean.append('?');
                }
            });
            return clean.toString();
        }

        private boolean canShow(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
