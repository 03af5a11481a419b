package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.insights.TodayService;
import app.kith.interactions.Interaction;
import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.shared.ConflictException;
import app.kith.shared.NotFoundException;
import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestMail;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * People you write to who are nobody in Kith: suggested on Today and on their own list, never added
 * unasked. Accepted, they become a person with the address; attached, the address goes to someone
 * you have; either way the touches already seen are logged then. Ignored, they stay away.
 */
class SuggestionsTests {

    @BeforeEach
    void june() {
        SourceNodes.CLOCK.set(Instant.parse("2026-06-15T12:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void acceptingASuggestionMakesThePersonAndLogsTheTouchesAlreadySeen(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "accept");
        f.person("Ada Lovelace", "ada@example.org");
        f.person("Bob Kahn", "bob@example.org");
        f.threads();
        Source source = f.addSource();
        f.sync();
        Suggestion lea = f.suggestions().getFirst();
        assertThat(SourceNodes.bean(vendor, TodayService.class).today(f.account).sections().get("suggestions"))
                .as("on Today").containsExactly(lea);

        Suggestion accepted = f.suggestionService().accept(f.account, lea.id(), null);

        assertThat(accepted.status()).isEqualTo(SuggestionStatus.ACCEPTED);
        Person person = SourceNodes.bean(vendor, PeopleService.class).get(f.account, accepted.personId());
        assertThat(person.name()).isEqualTo("Lea Example");
        assertThat(person.contact().emails()).containsExactly("lea@example.org");
        assertThat(f.touches(person.id())).as("two threads: one on two days, one on one")
                .extracting(Interaction::date).containsExactly(LocalDate.parse("2026-04-01"),
                        LocalDate.parse("2026-03-11"), LocalDate.parse("2026-03-10"));
        assertThat(f.touches(person.id())).allSatisfy(i -> assertThat(i.sourceId()).isEqualTo(source.id()));
        assertThat(f.suggestions()).isEmpty();
        assertThatThrownBy(() -> f.suggestionService().accept(f.account, lea.id(), null))
                .isInstanceOf(ConflictException.class);

        f.put("INBOX", TestMail.from(MailboxFixture.LEA).to(f.mailbox).id("l4@example.org").at("2026-06-01T08:00:00Z"));
        f.sync();

        assertThat(f.touches(person.id())).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void attachingGivesTheAddressToSomeoneYouHaveAndIgnoringIsRemembered(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "attach");
        String robert = f.person("Robert Kahn", "robert@work.example");
        f.threads();
        f.addSource();
        f.sync();
        Suggestion bob = f.suggestions().stream().filter(s -> s.email().equals("bob@example.org")).findFirst()
                .orElseThrow();
        Suggestion lea = f.suggestions().stream().filter(s -> s.email().equals("lea@example.org")).findFirst()
                .orElseThrow();

        f.suggestionService().attach(f.account, bob.id(), robert);
        f.suggestionService().ignore(f.account, lea.id());

        assertThat(SourceNodes.bean(vendor, PeopleService.class).get(f.account, robert).contact().emails())
                .containsExactly("robert@work.example", "bob@example.org");
        assertThat(f.touches(robert)).extracting(Interaction::date).containsExactly(LocalDate.parse("2026-04-01"));
        assertThat(f.suggestions()).extracting(Suggestion::email).as("Ada, unknown here too, is left")
                .containsExactly("ada@example.org");

        f.put("Sent", TestMail.from(f.mailbox).to(MailboxFixture.LEA).id("l9@example.org").at("2026-06-02T08:00:00Z"));
        f.sync();

        assertThat(f.suggestions()).extracting(Suggestion::email).as("an ignored suggestion stays away")
                .containsExactly("ada@example.org");
        assertThat(f.suggestionService().get(f.account, lea.id()).messages()).isEqualTo(4);
        assertThatThrownBy(() -> f.suggestionService().attach(f.account, lea.id(), robert))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anotherAccountsSuggestionIsNotFound(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "theirs");
        f.threads();
        f.addSource();
        f.sync();
        Suggestion lea = f.suggestions().getFirst();
        MailboxFixture other = new MailboxFixture(vendor, "mine");
        String mine = other.person("Mine", "mine@example.org");

        assertThatThrownBy(() -> other.suggestionService().accept(other.account, lea.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.suggestionService().attach(other.account, lea.id(), mine))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.suggestionService().attach(f.account, lea.id(), mine))
                .as("someone of another account").isInstanceOf(NotFoundException.class);
        assertThat(f.suggestions()).contains(lea);
    }
}
