package app.kith.connections;

import app.kith.storage.AccountTables;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ConnectionTables implements AccountTables {
    @Override
    public List<String> tables() {
        return List.of("connections");
    }

    @Override
    public int order() {
        return 400;
    }
}
