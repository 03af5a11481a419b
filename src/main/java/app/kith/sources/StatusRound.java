package app.kith.sources;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * read (a client may send commands without waiting for the last to complete, RFC 3501 5.5), so
 * asking about 20 folders takes one round trip instead of 20: on a distant server 20 times its
 * round trip; on GreenMail 20 times the 40 ms its split answer waits for a delayed ACK.
 *
 * <p>A folder whose name would go as a literal (the server would have to say "go on" first) is asked
 * by itself after the rest. A folder the server refuses, or completes without a STATUS answer that
 * names it (INBOX in any case), is left out: the caller opens it, and opening it says why.
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
        List<String> alone = new ArrayList<>();
        Set<String> completed = new HashSet<>();
        Map<String, Status> named = new HashMap<>();
        synchronized (protocol) {
            Map<String, String> waiting = new HashMap<>();
            List<Response> others = new ArrayList<>();
            try {
                for (String folder : folders) {
                    String encoded = BASE64MailboxEncoder.encode(folder);
                    if (quotable(encoded)) {
                        waiting.put(protocol.writeCommand("STATUS", arguments(encoded)), folder);
                    } else {
                        alone.add(folder);
                    }
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
                            completed.add(folder);
                        }
                    } else if (r instanceof IMAPResponse ir && ir.keyEquals("STATUS")) {
                        keep(named, ir);
                    } else {
                        others.add(r);
                    }
                }
            } catch (IOException e) {
                throw new ConnectionException(protocol, Response.byeResponse(e));
            }
            protocol.notifyResponseHandlers(others.toArray(Response[]::new));
        }
        for (String folder : completed) {
            Status status = named.get(folder);
            if (status == null && folder.equalsIgnoreCase("INBOX")) {
                status = named.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("INBOX"))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            if (status != null) {
                out.put(folder, status);
            }
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

    /** A STATUS answer by the folder it names (several for one folder add up, as Angus does). */
    private static void keep(Map<String, Status> named, IMAPResponse answer) {
        Status status;
        try {
            status = new Status(answer);
        } catch (ProtocolException e) {
            return;
        }
        if (status.mbox != null) {
            named.merge(status.mbox, status, (a, b) -> {
                Status.add(a, b);
                return a;
            });
        }
    }
}
