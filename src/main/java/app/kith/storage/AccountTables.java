package app.kith.storage;

import java.util.List;
import java.util.Map;

/**
 * Implemented by each module for the tables it keeps per account, so the lossless export and
 * restore (the exchange module) carries everything without knowing each module: a module that adds
 * tables adds them here. Each table has {@code account_id} and is read and written whole, row by row.
 */
public interface AccountTables {

    /** The module's tables in an order they can be restored in (a table after those it refers to). */
    List<String> tables();

    /** Where the module's tables go among all modules': lower first (people before what refers to them). */
    int order();

    /** The quota each table's rows count against, by table; a restore checks them (most tables count none). */
    default Map<String, Quotas.Kind> quotas() {
        return Map.of();
    }
}
