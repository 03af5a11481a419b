package app.kith.exchange;

import app.kith.storage.AccountTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every module's per-account tables, in the order they can be restored (from {@link AccountTables}). */
@Component
class AccountDump {
    static final String FORMAT = "kith-export";
    static final int VERSION = 1;

    private final List<String> tables;

    AccountDump(List<AccountTables> modules) {
        List<String> all = new ArrayList<>();
        modules.stream().sorted(Comparator.comparingInt(AccountTables::order)).forEach(m -> all.addAll(m.tables()));
        this.tables = List.copyOf(all);
    }

    List<String> tables() {
        return tables;
    }
}
