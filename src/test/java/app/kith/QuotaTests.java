package app.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.accounts.AccountService;
import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.exchange.ImportFile;
import app.kith.exchange.ImportFormat;
import app.kith.exchange.ImportOptions;
import app.kith.exchange.ImportService;
import app.kith.people.PeopleFilter;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.people.Photo;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.Page;
import app.kith.testing.TestDatabases;
import app.kith.testing.TestDatabases.Vendor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The operator's per-account limits (KITH_QUOTA_PEOPLE, KITH_QUOTA_EVENTS, KITH_QUOTA_PHOTOS_MB): a
 * write past one is refused whole, with a message that says the limit, and changes nothing.
 */
class QuotaTests {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void writesPastAnAccountsLimitsAreRefusedWholeAndSaySo(Vendor vendor) {
        List<String> args = new ArrayList<>(Arrays.asList(TestDatabases.newDatabase(vendor)));
        args.addAll(List.of("--kith.quota.people=4", "--kith.quota.events=2", "--kith.quota.photos-mb=1"));
        try (ConfigurableApplicationContext app = TestDatabases.start(args.toArray(String[]::new))) {
            AccountId account = app.getBean(AccountService.class).create("quota@example.com", "Quota Owner", null).id();
            PeopleService people = app.getBean(PeopleService.class);
            String ada = people.create(account, PersonChanges.named("Ada")).id();
            String grace = people.create(account, PersonChanges.named("Grace")).id();

            String twoCards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan\r\nEND:VCARD\r\n"
                    + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Edsger\r\nEND:VCARD\r\n";
            assertThatThrownBy(() -> app.getBean(ImportService.class).run(account, ImportFormat.VCARD,
                    ImportFile.of("two.vcf", twoCards.getBytes(StandardCharsets.UTF_8)), ImportOptions.of(false)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("this account may hold at most 4 people (a limit set by the server's operator);"
                            + " it holds 3, and this would add 2");
            assertThat(count(people, account)).isEqualTo(3);
            people.create(account, PersonChanges.named("Barbara"));
            assertThatThrownBy(() -> people.create(account, PersonChanges.named("Frances")))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("at most 4 people");
            assertThat(count(people, account)).isEqualTo(4);

            CalendarService calendar = app.getBean(CalendarService.class);
            calendar.create(account, EventChanges.of("dinner", "2026-12-10", "Dinner", List.of(ada)));
            calendar.create(account, EventChanges.of("reminder", "2026-12-11", "Call", List.of()));
            assertThatThrownBy(() -> calendar.create(account, EventChanges.of("reminder", "2026-12-12", "More", List.of())))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("at most 2 calendar events", "it holds 2, and this would add 1");

            byte[] picture = new byte[500 * 1024];
            picture[0] = (byte) 0xFF;
            picture[1] = (byte) 0xD8;
            picture[2] = (byte) 0xFF;
            people.setPhoto(account, ada, Photo.of(picture));
            people.setPhoto(account, ada, Photo.of(picture));
            people.setPhoto(account, grace, Photo.of(picture));
            assertThatThrownBy(() -> people.setPhoto(account, "self", Photo.of(picture)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("at most 1.0 MB of photos", "it holds 1.0, and this would add 0.5");
            assertThat(people.photo(account, "self")).isEmpty();
        }
    }

    private static long count(PeopleService people, AccountId account) {
        return people.list(account, PeopleFilter.everyone(), Page.Request.of(0, 100)).total();
    }
}
