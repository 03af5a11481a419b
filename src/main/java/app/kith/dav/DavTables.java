package app.kith.dav;

import app.kith.storage.AccountTables;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The cards and event names go with the account's export: a restored account keeps its cards' names,
 * UIDs and what clients wrote that Kith does not model, and the names clients gave events. The change counter stays behind; the restore announces
 * everyone, which numbers the cards afresh on the new counter.
 */
@Component
class DavTables implements AccountTables {
    @Override
    public List<String> tables() {
        return List.of("dav_cards", "dav_events");
    }

    @Override
    public int order() {
        return 900;
    }
}
