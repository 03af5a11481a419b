package app.kith.secrets;

import app.kith.shared.Ids;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The server_secrets table: secrets made once by whichever node needs one first, then shared. */
@Repository
class ServerSecrets {
    private final JdbcClient jdbc;
    private final Clock clock;

    ServerSecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The secret of this name, made now if there is none. Two nodes making one at once both insert;
     * the first insert wins and both read its secret.
     */
    String named(String name) {
        jdbc.sql("INSERT INTO server_secrets (name, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")
                .params(name, Ids.secret(32), clock.instant().toString()).update();
        return jdbc.sql("SELECT secret FROM server_secrets WHERE name = ?").param(name).query(String.class).single();
    }
}
