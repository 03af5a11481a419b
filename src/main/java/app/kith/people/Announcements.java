package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.storage.TablesRestored;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells other modules, inside the writing transaction, which people changed or went: the one place
 * the people module's writers announce through, so none is forgotten.
 */
@Component
class Announcements {
    private final ApplicationEventPublisher events;
    private final People people;

    Announcements(ApplicationEventPublisher events, People people) {
        this.events = events;
        this.people = people;
    }

    void changed(AccountId account, Collection<String> personIds) {
        if (!personIds.isEmpty()) {
            events.publishEvent(new PeopleChanged(account, List.copyOf(personIds), false));
        }
    }

    /** These people were just created, under new ids ({@link PeopleChanged#created}). */
    void created(AccountId account, Collection<String> personIds) {
        if (!personIds.isEmpty()) {
            events.publishEvent(new PeopleChanged(account, List.copyOf(personIds), true));
        }
    }

    void deleted(AccountId account, Collection<String> personIds) {
        if (!personIds.isEmpty()) {
            events.publishEvent(new PeopleDeleted(account, List.copyOf(personIds)));
        }
    }

    /** A job or organization of these people changed in their module: that is part of them too. */
    @EventListener
    void on(SearchTermsChanged changed) {
        changed(changed.account(), changed.personIds());
    }

    /** A restore wrote the account's people directly: every one of them is new to the other modules. */
    @EventListener
    void on(TablesRestored restored) {
        changed(restored.account(), people.allIds(restored.account()));
    }
}
