package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.interactions.InteractionChanges;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Today that a person reads (issue 18): meeting prep first (issue 15), then the seven most pressing
 * reach-outs and "Show N more".
 */
class TodayPageTests extends SignedInPageTests {

    @Autowired
    CalendarService calendar;

    @Test
    void sevenReachOutsShowAndTheRestWaitBehindShowMore() throws Exception {
        Owner owner = newOwner("today");
        AccountId account = owner.account();
        for (int i = 0; i < 10; i++) {
            String id = people.create(account, PersonChanges.builder().name("Friend " + i).circle("inner").build()).id();
            interactions.log(account, new InteractionChanges(List.of(id), "coffee", "gave", "2024-0" + (i % 9 + 1) + "-01",
                    null));
        }

        String today = signIn(owner).get("/").body();

        String first = today.substring(today.indexOf("id=\"reach-out\""), today.indexOf("<details class=\"more\""));
        String rest = today.substring(today.indexOf("<details class=\"more\""), today.indexOf("</details>"));
        assertThat(count(first, "<li id=\"reach-")).isEqualTo(7);
        assertThat(rest).contains("<summary>Show 3 more</summary>");
        assertThat(count(rest, "<li id=\"reach-")).isEqualTo(3);
        assertThat(count(rest, "Log a touch</button>")).isEqualTo(3);
    }

    @Test
    void aMeetingInTheNextHoursComesFirstWithItsPrepAndEveryHostileNameAndNoteEscaped() throws Exception {
        Owner owner = newOwner("prep");
        AccountId account = owner.account();
        String guest = people.create(account, PersonChanges.builder().name("<script>alert('name')</script> O'Brien & Co")
                .circle("inner").build()).id();
        interactions.log(account, new InteractionChanges(List.of(guest), "coffee", "asked", LocalDate.now().minusDays(3)
                .toString(), "<img src=x onerror=alert(1)> asked about \"the deal\""));
        calendar.create(account, new EventChanges("dinner", "<b>Dinner</b> & drinks", null, null,
                Instant.now().plus(Duration.ofHours(3)).toString(), null, "<i>Bar</i>", null, List.of(guest), null,
                null, null, null, null, null, null));

        String today = signIn(owner).get("/").body();

        String prep = today.substring(today.indexOf("id=\"prep\""), today.indexOf("id=\"reach-out\""));
        assertThat(prep).contains("Before you meet", "&lt;b&gt;Dinner&lt;/b&gt; &amp; drinks", "&lt;i&gt;Bar&lt;/i&gt;",
                "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; O&#39;Brien &amp; Co",
                "&lt;img src=x onerror=alert(1)&gt; asked about &quot;the deal&quot;",
                "you asked 3 days ago", "Try:", "href=\"/people/" + guest + "\"");
        assertThat(today).doesNotContain("<script>alert(", "<img src=x", "<b>Dinner", "<i>Bar");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
