package app.kith.sources;

import app.kith.accounts.AccountService;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestMail;
import app.kith.testing.TestMailboxes;
import app.kith.testing.TestPeople;
import java.util.List;

/** An account with a mailbox on the tests' IMAP server and a source reading it, on one database. */
final class MailboxFixture {
    static final String ADA = "Ada Lovelace <ada@example.org>";
    static final String BOB = "Bob Kahn <bob@example.org>";
    static final String LEA = "Lea Example <lea@example.org>";
    final Vendor vendor;
    final AccountId account;
    final String mailbox;
    String sourceId;

    MailboxFixture(Vendor vendor, String name) {
        this.vendor = vendor;
        this.account = SourceNodes.newAccount(vendor);
        this.mailbox = TestMailboxes.newMailbox(name);
    }

    /** The mailbox most tests read: threads with Ada and Bob, and mail that is no touch. */
    void threads() {
        String me = mailbox;
        put("INBOX", TestMail.from(ADA).to(me).id("t1@example.org").at("2026-03-02T09:00:00Z").subject("Lunch?"));
        put("INBOX", TestMail.from(ADA).to(me).id("t1-r2@example.org").replyTo("t1@example.org")
                .at("2026-03-02T15:00:00Z").subject("Re: Lunch?"));
        put("INBOX", TestMail.from(ADA).to(me).id("t1-r4@example.org").replyTo("t1@example.org", "t1-r3@example.org")
                .at("2026-03-03T08:00:00Z").subject("Re: Lunch?"));
        put("INBOX", TestMail.from(ADA).to(me).id("list@example.org").header("List-Id", "<friends.lists.example.org>")
                .at("2026-03-04T08:00:00Z"));
        put("INBOX", TestMail.from(BOB).to(me).id("away@example.org").header("Auto-Submitted", "auto-replied")
                .at("2026-03-05T08:00:00Z"));
        put("INBOX", TestMail.from(BOB).to(me).id("bulk@example.org").header("Precedence", "bulk")
                .at("2026-03-06T08:00:00Z"));
        put("INBOX", TestMail.from("Shop <no-reply@shop.example>").to(me).id("shop@example.org")
                .at("2026-03-07T08:00:00Z"));
        put("INBOX", TestMail.from(LEA).to(me).id("l1@example.org").at("2026-03-10T08:00:00Z"));
        put("INBOX", TestMail.from(BOB).to(me).id("old@example.org").at("2024-01-01T08:00:00Z"));
        TestMail toLea = TestMail.from(me).to(LEA).id("l2@example.org").replyTo("l1@example.org").at("2026-03-11T08:00:00Z");
        put("INBOX", toLea);
        put("Sent", TestMail.from(me).to(ADA).id("t1-r3@example.org").replyTo("t1@example.org", "t1-r2@example.org")
                .at("2026-03-02T16:00:00Z"));
        put("Sent", toLea);
        put("Sent", TestMail.from(me).to(LEA).cc(BOB).id("l3@example.org").at("2026-04-01T08:00:00Z"));
    }

    /** The address the account's owner signs in with: one of their own addresses. */
    String owner() {
        return SourceNodes.bean(vendor, AccountService.class).get(account).email();
    }

    /** Adds a person with an email; returns the id. */
    String person(String name, String email) {
        return TestPeople.add(SourceNodes.bean(vendor, PeopleService.class), account, name, "close", null, email);
    }

    /** Adds the source: plain IMAP to the tests' server on loopback, these changes on top. */
    Source addSource(String mode, Boolean subjects) {
        return addSource(mode, subjects, TestMailboxes.imapPort());
    }

    /** Adds the source, reading the tests' server through another port on loopback (a relay). */
    Source addSource(String mode, Boolean subjects, int port) {
        Source source = sources().create(account, new SourceChanges("imap", null, "127.0.0.1", port,
                "none", mailbox, TestMailboxes.PASSWORD, null, null, subjects, mode, null, null));
        sourceId = source.id();
        return source;
    }

    Source addSource() {
        return addSource(null, null);
    }

    SyncReport sync() {
        return sources().sync(account, sourceId, SyncProgress.NONE);
    }

    void put(String folder, TestMail mail) {
        TestMailboxes.put(mailbox, folder, mail);
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
