package app.kith.sources;

import app.kith.accounts.AccountService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The account owner's own addresses, which are never a correspondent: the emails of the owner's own
 * person (self), the address they sign in with, and the mailbox's user name when it is an address.
 */
@Component
class OwnerAddresses {
    private final PeopleService people;
    private final AccountService accounts;

    OwnerAddresses(PeopleService people, AccountService accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    Set<String> of(AccountId account, String mailboxUser) {
        Set<String> owner = new HashSet<>();
        people.get(account, PeopleService.SELF).contact().emails().forEach(e -> owner.add(lower(e)));
        owner.add(lower(accounts.get(account).email()));
        if (isAddress(mailboxUser)) {
            owner.add(lower(mailboxUser));
        }
        return owner;
    }

    static boolean isAddress(String text) {
        return text != null && text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    private static String lower(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
