package app.kith.organizations;

import app.kith.storage.AccountTables;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class OrganizationTables implements AccountTables {
    @Override
    public List<String> tables() {
        return List.of("organizations", "affiliations");
    }

    @Override
    public int order() {
        return 200;
    }
}
