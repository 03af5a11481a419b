package app.kith.connections;

import app.kith.people.PersonMergeParticipant;
import app.kith.shared.AccountId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a merge, the other person's connections become the kept person's. A connection between the two
 * merged people disappears, and one the kept person already has (same other end and kind) is not
 * doubled.
 */
@Component
class ConnectionsMerge implements PersonMergeParticipant {
    private final Connections connections;
    private final JdbcClient jdbc;

    ConnectionsMerge(Connections connections, JdbcClient jdbc) {
        this.connections = connections;
        this.jdbc = jdbc;
    }

    @Override
    public void merge(AccountId account, String keepId, String otherId) {
        for (Connection c : connections.touching(account, List.of(otherId))) {
            String a = c.personA().equals(otherId) ? keepId : c.personA();
            String b = c.personB().equals(otherId) ? keepId : c.personB();
            if (c.kind() != ConnectionKind.INTRODUCED_BY && a.compareTo(b) > 0) {
                String swap = a;
                a = b;
                b = swap;
            }
            if (a.equals(b) || connections.between(account, a, b, c.kind()).isPresent()) {
                connections.delete(account, c.id());
            } else {
                jdbc.sql("UPDATE connections SET person_a = ?, person_b = ? WHERE account_id = ? AND id = ?")
                        .params(a, b, account.value(), c.id()).update();
            }
        }
    }
}
