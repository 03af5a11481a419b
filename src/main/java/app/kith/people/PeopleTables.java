package app.kith.people;

import app.kith.storage.AccountTables;
import java.util.List;
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
}
