package app.kith.sources;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.BadCommandException;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.Status;

/**
 * The UIDVALIDITY and UIDNEXT of many folders by one STATUS each, all written before any answer is
 * read (RFC 3501 5.5), so that asking about 20 folders waits for the server once, not 20 times.
 * A name Angus would send as a literal (the server has to say "go on" first) is asked alone after.
 * A folder refused, or completed without a STATUS answer that names it (INBOX in any case), is left
 * out: the caller opens it, and opening it says why.
 */
final class StatusRound {
    private static final String[] ITEMS = {"UIDNEXT", "UIDVALIDITY"};
    /** Longer than this, Angus sends a name as a literal ({@code Argument}). */
    private static final int QUOTABLE = 1024;

    private StatusRound() {
    }

    /** What the server said of each folder it answered for, by name; the connection's failure is thrown. */
    static Map<String, Status> ask(IMAPProtocol protocol, List<String> folders) throws ProtocolException {
        Map<String, Status> out = new HashMap<>();
        if (!protocol.isREV1()) {
            return out;
        }
        List<String> alone = folders.stream().filter(f -> !quotable(BASE64MailboxEncoder.encode(f))).toList();
        List<String> together = folders.stream().filter(f -> !alone.contains(f)).toList();
        Answers answers = together.isEmpty() ? new Answers() : pipelined(protocol, together);
        for (String folder : answers.completed) {
            answers.named(folder).ifPresent(status -> out.put(folder, status));
        }
        for (String folder : alone) {
            try {
                out.put(folder, protocol.status(folder, ITEMS));
            } catch (CommandFailedException | BadCommandException e) {
                // Refused: left out.
            }
        }
        return out;
    }

    private static Answers pipelined(IMAPProtocol protocol, List<String> folders) throws ProtocolException {
        Answers answers = new Answers();
        List<Response> others = new ArrayList<>();
        synchronized (protocol) {
            try {
                Map<String, String> waiting = new HashMap<>();
                for (String folder : folders) {
                    waiting.put(protocol.writeCommand("STATUS", arguments(BASE64MailboxEncoder.encode(folder))), folder);
                }
                while (!waiting.isEmpty()) {
                    Response r = read(protocol);
                    if (r == null) {
                        continue;
                    }
                    if (r.isBYE()) {
                        protocol.handleResult(r);
                    }
                    String folder = r.isTagged() ? waiting.remove(r.getTag()) : null;
                    if (folder != null) {
                        if (r.isOK()) {
                            answers.completed.add(folder);
                        }
                    } else if (!(r instanceof IMAPResponse ir && ir.keyEquals("STATUS") && answers.keep(ir))) {
                        others.add(r);
                    }
                }
            } catch (IOException e) {
                throw new ConnectionException(protocol, Response.byeResponse(e));
            }
            protocol.notifyResponseHandlers(others.toArray(Response[]::new));
        }
        return answers;
    }

    private static boolean quotable(String encoded) {
        return encoded.length() <= QUOTABLE && encoded.chars().noneMatch(c -> c == 0 || c == '\r' || c == '\n');
    }

    private static Argument arguments(String encoded) {
        Argument items = new Argument();
        for (String item : ITEMS) {
            items.writeAtom(item);
        }
        return new Argument().writeString(encoded).writeArgument(items);
    }

    /** The next response; one that cannot be parsed is passed over, as Angus's own commands do. */
    private static Response read(IMAPProtocol protocol) throws IOException {
        try {
            return protocol.readResponse();
        } catch (ProtocolException e) {
            return null;
        }
    }

    /** The folders whose STATUS completed, and the STATUS answers by the folder they name. */
    private static final class Answers {
        final Set<String> completed = new HashSet<>();
        private final Map<String, Status> named = new HashMap<>();

        /** Keeps a STATUS answer (several for one folder add up, as Angus does); false if it cannot be read. */
        boolean keep(IMAPResponse answer) {
            Status status;
            try {
                status = new Status(answer);
            } catch (ProtocolException e) {
                return false;
            }
            if (status.mbox != null) {
                named.merge(status.mbox, status, (a, b) -> {
                    Status.add(a, b);
                    return a;
                });
            }
            return true;
        }

        Optional<Status> named(String folder) {
            Status status = named.get(folder);
            if (status == null && folder.equalsIgnoreCase("INBOX")) {
                return named.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("INBOX"))
                        .map(Map.Entry::getValue).findFirst();
            }
            return Optional.ofNullable(status);
        }
    }
}
