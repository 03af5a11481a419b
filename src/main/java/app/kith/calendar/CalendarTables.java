package app.kith.calendar;

import app.kith.storage.AccountTables;
import app.kith.storage.Quotas;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Events and the people they link, for the lossless export. The feed secret is left out: it is
 * only a hash, and a restored account makes a new address.
 */
@Component
class CalendarTables implements AccountTables {
    @Override
    public List<String> tables() {
        return List.of("events", "event_people");
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public Map<String, Quotas.Kind> quotas() {
        return Map.of("events", Quotas.Kind.EVENTS);
    }
}
