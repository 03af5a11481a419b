package app.kith;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps modules honest: no module reaches into another's internals, no dependency cycles. */
class ArchitectureTests {

    @Test
    void modulesOnlyUseEachOthersPublicApis() {
        ApplicationModules.of(KithApplication.class).verify();
    }
}
