package app.kith.interactions;

import app.kith.storage.AccountTables;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class InteractionTables implements AccountTables {
    @Override
    public List<String> tables() {
        return List.of("interactions", "interaction_participants");
    }

    @Override
    public int order() {
        return 300;
    }
}
