package app.kith.cli;

import app.kith.interactions.InteractionService;
import app.kith.notecards.NoteCard;
import app.kith.notecards.NoteCardChanges;
import app.kith.notecards.NoteCardService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith cards add|list|print|mark}: the queue of handwritten notes. */
@Command(name = "cards", mixinStandardHelpOptions = true, description = "Handwritten note cards.")
final class CardsCommand extends CommandGroup {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a card to write; prints only its id (it with --json).")
    int add(@Parameters(paramLabel = "PERSON_ID", description = "Who it is for.") String person,
            @Option(names = "--occasion", paramLabel = "TEXT", required = true,
                    description = "Why: a birthday, a thank-you...") String occasion,
            @Option(names = "--by", paramLabel = "YYYY-MM-DD", description = "Write it by this day.") String by,
            @Option(names = "--message", paramLabel = "TEXT", description = "A draft of what to write.") String message,
            @Option(names = "--json", description = "Print the card as JSON.") boolean json) {
        if (by != null) {
            InteractionService.date(by);
        }
        try (Backend backend = kith.open()) {
            NoteCard card = backend.get(NoteCardService.class).add(backend.account(kith.accountEmail()),
                    new NoteCardChanges(person, occasion, by, message, null));
            kith.console().out(json ? backend.json(card) : card.id());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Cards not yet mailed (or with --status), soonest write-by first.")
    int list(@Option(names = "--status", paramLabel = "S", description = "to-write, written or mailed.") String status,
             @Option(names = "--json", description = "Print the cards as JSON.") boolean json) {
        try (Backend backend = kith.open()) {
            List<NoteCard> cards = backend.get(NoteCardService.class).list(backend.account(kith.accountEmail()), status);
            if (json) {
                kith.console().out(backend.json(cards));
                return ExitCodes.OK;
            }
            Table table = new Table(new String[] {"WRITE BY", "STATUS", "FOR", "OCCASION", "ID"},
                    new int[] {0, 0, 40, 50, 0});
            for (NoteCard c : cards) {
                table.row(c.writeBy() == null ? "" : c.writeBy().toString(), c.status().wire(), c.personName(),
                        c.occasion(), c.id());
            }
            table.lines().forEach(kith.console()::out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "mark", mixinStandardHelpOptions = true,
            description = "Move a card on: written, or mailed (which logs a note-card touch that gave).")
    int mark(@Parameters(index = "0", paramLabel = "CARD_ID", description = "The card.") String id,
             @Parameters(index = "1", paramLabel = "STATUS", description = "written or mailed.") String status) {
        try (Backend backend = kith.open()) {
            NoteCard card = backend.get(NoteCardService.class).update(backend.account(kith.accountEmail()), id,
                    new NoteCardChanges(null, null, null, null, status));
            kith.console().out(card.id());
            return ExitCodes.OK;
        }
    }

    @Command(name = "print", mixinStandardHelpOptions = true,
            description = "Write a print-ready PDF of the cards not yet mailed: an A6 card and an envelope each.")
    int print(@Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "The PDF to write.")
              String out) {
        Path target = Path.of(out).toAbsolutePath();
        try (Backend backend = kith.open()) {
            Path partial = Files.createTempFile(target.getParent(), ".kith-cards", ".pdf");
            int count;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                count = backend.get(NoteCardService.class).print(backend.account(kith.accountEmail()), List.of(),
                        stream);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            kith.console().note(count + (count == 1 ? " card" : " cards") + " written to " + target);
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
