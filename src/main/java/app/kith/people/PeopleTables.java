package app.kith.people;

import app.kith.storage.AccountTables;
import app.kith.storage.Quotas;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class PeopleTables implements AccountTables {
    @Override
    public List<String> tables() {
        return List.of("people", "contact_points", "addresses", "tags", "person_tags", "person_photos");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Map<String, Quotas.Kind> quotas() {
        return Map.of("people", Quotas.Kind.PEOPLE);
    }
}
