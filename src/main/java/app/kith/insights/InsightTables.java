package app.kith.insights;

import app.kith.storage.AccountTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** The insights settings and plans: circle cadences and bridge repair plans. */
@Component
class InsightTables implements AccountTables {
    @Override
    public List<String> tables() {
        return List.of("circle_cadences", "bridge_plans");
    }

    @Override
    public int order() {
        return 500;
    }
}
