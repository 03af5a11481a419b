package app.kith.web;

import app.kith.shared.AccountId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The account's signed-in sessions in the session store, found by principal name (the account id,
 * see {@link WebAuthentication#getName()}). Only a web server has a session store; elsewhere there
 * is nothing to end.
 */
@Component
class Sessions {
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> store;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<?>> store) {
        this.store = store;
    }

    /** Ends every session of the account except {@code keepId} (null ends them all). */
    void endAllOf(AccountId account, String keepId) {
        FindByIndexNameSessionRepository<?> repository = store.getIfAvailable();
        if (repository == null) {
            return;
        }
        repository.findByPrincipalName(account.value()).keySet().stream()
                .filter(id -> !id.equals(keepId))
                .forEach(repository::deleteById);
    }
}
