package app.kith.conferences;

import app.kith.storage.AccountTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** Conference series, their editions, who went, and which interactions happened there. */
@Component
class ConferenceTables implements AccountTables {
    @Override
    public List<String> tables() {
        return List.of("conference_series", "conference_editions", "conference_attendance", "conference_meetings");
    }

    @Override
    public int order() {
        return 700;
    }
}
