package app.kith.digest;

import app.kith.accounts.AccountService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestPeople;
import java.util.List;
import java.util.UUID;

/** Accounts for the digest's tests, on a vendor's nodes, each with its own address for the SMTP server. */
final class DigestFixtures {
    /** A name that is hostile in HTML, in SQL and in a chat message. */
    static final String HOSTILE = "<script>alert(1)</script> O'Brien & Co";

    private DigestFixtures() {
    }

    record Owner(AccountId account, String email, String friendId) {
    }

    /** A new account whose digest has someone to reach out to: an inner-circle friend last touched in 2025. */
    static Owner withSomeoneDue(Vendor vendor, String friendName) {
        Owner owner = empty(vendor);
        String friend = TestPeople.add(DigestNodes.bean(vendor, PeopleService.class), owner.account(), friendName,
                "inner", null, null);
        DigestNodes.bean(vendor, InteractionService.class).log(owner.account(),
                new InteractionChanges(List.of(friend), "coffee", "gave", "2025-09-01", null));
        return new Owner(owner.account(), owner.email(), friend);
    }

    /** A new account with nothing in its digest. */
    static Owner empty(Vendor vendor) {
        String email = "digest-" + UUID.randomUUID() + "@example.com";
        AccountId account = DigestNodes.bean(vendor, AccountService.class).create(email, "Dee Owner", null).id();
        return new Owner(account, email, null);
    }

    /** Turns the owner's digest on: by email, on these days at this hour in the zone. */
    static void schedule(Vendor vendor, Owner owner, String frequency, String day, int hour, String zone) {
        DigestNodes.bean(vendor, DigestService.class).update(owner.account(),
                new DigestSettingsChanges(true, frequency, day, hour, zone, true, null));
    }
}
