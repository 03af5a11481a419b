package app.kith.exchange;

import app.kith.storage.AccountTables;
import app.kith.storage.Quotas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every module's per-account tables, in the order they can be restored (from {@link AccountTables}). */
@Component
class AccountDump {
    static final String FORMAT = "kith-export";
    static final int VERSION = 1;

    private final List<String> tables;
    private final Map<String, Quotas.Kind> quotas = new LinkedHashMap<>();

    AccountDump(List<AccountTables> modules) {
        List<String> all = new ArrayList<>();
        modules.stream().sorted(Comparator.comparingInt(AccountTables::order)).forEach(m -> {
            all.addAll(m.tables());
            quotas.putAll(m.quotas());
        });
        this.tables = List.copyOf(all);
    }

    List<String> tables() {
        return tables;
    }

    /** The quota each counted table's rows count against, by table, in restore order. */
    Map<String, Quotas.Kind> quotas() {
        return quotas;
    }
}
