package app.kith.sources;

import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestPeople;
import java.util.List;

/** An account with a mailbox on the tests' IMAP server and a source reading it, on one database. */
final class MailboxFixture {
    final Vendor vendor;
    final AccountId account;
    final String mailbox;
    String sourceId;

    MailboxFixture(Vendor vendor, String name) {
        this.vendor = vendor;
        this.account = SourceNodes.newAccount(vendor);
        this.mailbox = Mailboxes.newMailbox(name);
    }

    /** Adds a person with an email; returns the id. */
    String person(String name, String email) {
        return TestPeople.add(SourceNodes.bean(vendor, PeopleService.class), account, name, "close", null, email);
    }

    /** Adds the source: plain IMAP to the tests' server on loopback, these changes on top. */
    Source addSource(String mode, Boolean subjects) {
        Source source = sources().create(account, new SourceChanges("imap", null, "127.0.0.1", Mailboxes.imapPort(),
                "none", mailbox, Mailboxes.PASSWORD, null, null, subjects, mode, null));
        sourceId = source.id();
        return source;
    }

    Source addSource() {
        return addSource(null, null);
    }

    SyncReport sync() {
        return sources().sync(account, sourceId, SyncProgress.NONE);
    }

    void put(String folder, Mail mail) {
        Mailboxes.put(mailbox, folder, mail);
    }

    /** A person's interactions, newest first. */
    List<Interaction> touches(String personId) {
        return SourceNodes.bean(vendor, InteractionService.class).list(account,
                new InteractionFilter(personId, null, null, null, null), Page.Request.of(0, 100)).items();
    }

    List<Interaction> allTouches() {
        return SourceNodes.bean(vendor, InteractionService.class).list(account, InteractionFilter.all(),
                Page.Request.of(0, 500)).items();
    }

    List<Suggestion> suggestions() {
        return SourceNodes.bean(vendor, SuggestionService.class).open(account, Page.Request.of(0, 100)).items();
    }

    SourceService sources() {
        return SourceNodes.bean(vendor, SourceService.class);
    }

    SuggestionService suggestionService() {
        return SourceNodes.bean(vendor, SuggestionService.class);
    }
}
