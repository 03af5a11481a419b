package app.kith.interactions;

import app.kith.storage.TablesRestored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** After a restore wrote the account's interactions directly, what is derived from them is derived again. */
@Component
class RestoredTouches {
    private final Interactions interactions;

    RestoredTouches(Interactions interactions) {
        this.interactions = interactions;
    }

    @EventListener
    void on(TablesRestored restored) {
        interactions.markTogether(restored.account());
    }
}
