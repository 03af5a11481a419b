package app.kith.digest;

import app.kith.accounts.AccountService;
import app.kith.shared.AccountId;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The digest module's API for every surface: an account's schedule and channels, the digest of a
 * day as it would be sent, the delivery log, what Today says about the digest, and unsubscribing.
 * Sending lives in {@link DigestSender}.
 */
@Service
public class DigestService {
    /** Failed digests older than this are no longer news on Today. */
    private static final int NOTICE_DAYS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final DigestSchedules schedules;
    private final Deliveries deliveries;
    private final ScheduleEditor editor;
    private final DigestContents contents;
    private final DigestChannels channels;
    private final UnsubscribeTokens tokens;
    private final DigestRenderer renderer;
    private final AccountService accounts;
    private final Clock clock;

    DigestService(DigestSchedules schedules, Deliveries deliveries, ScheduleEditor editor, DigestContents contents,
                  DigestChannels channels, UnsubscribeTokens tokens, DigestRenderer renderer, AccountService accounts,
                  Clock clock) {
        this.schedules = schedules;
        this.deliveries = deliveries;
        this.editor = editor;
        this.contents = contents;
        this.channels = channels;
        this.tokens = tokens;
        this.renderer = renderer;
        this.accounts = accounts;
        this.clock = clock;
    }

    public DigestSettings settings(AccountId account) {
        Optional<DigestSchedules.Stored> stored = schedules.find(account);
        DigestSchedule s = stored.map(DigestSchedules.Stored::schedule).orElse(suggested());
        List<String> problems = new ArrayList<>();
        if (s.email()) {
            channels.problem(Channel.EMAIL).ifPresent(p -> problems.add("Email: " + p + "."));
        }
        channels.linksProblem().ifPresent(p -> problems.add("Links: " + p + "."));
        return new DigestSettings(stored.isPresent(), s.enabled(), s.frequency(), s.day().name().toLowerCase(Locale.ROOT),
                s.hour(), s.zone().getId(), s.email(), accounts.get(account).email(), masked(s.webhookUrl()),
                stored.map(DigestSchedules.Stored::nextDueAt).orElse(null), List.copyOf(problems));
    }

    /** Changes the account's settings; a bad value changes nothing. The next digest is due from now. */
    public DigestSettings update(AccountId account, DigestSettingsChanges changes) {
        DigestSchedule current = schedules.find(account).map(DigestSchedules.Stored::schedule).orElse(suggested());
        save(account, editor.apply(current, changes));
        return settings(account);
    }

    /**
     * The answer to Today's first question: yes turns on Kith's suggestion (weekly, Monday 08:00, by
     * email) in the user's zone (from their browser; the server's when unknown), no records that the
     * user was asked. An account that already has settings keeps them.
     */
    public void answer(AccountId account, boolean yes, String zone) {
        if (schedules.find(account).isEmpty()) {
            DigestSchedule suggested = DigestSchedule.suggested(ScheduleEditor.zoneOr(zone, ZoneId.systemDefault()));
            save(account, editor.apply(suggested, DigestSettingsChanges.enabled(yes)));
        }
    }

    /**
     * For {@code kith dev seed --digest-due} (the benchmark's digests): turns on the account's daily
     * digest by email, in UTC at the current hour, and makes it due now, so the server's next tick
     * sends it.
     */
    public void dueNow(AccountId account) {
        Instant now = clock.instant();
        DigestSchedule daily = editor.apply(suggested(), new DigestSettingsChanges(true, "daily", null,
                now.atZone(ZoneOffset.UTC).getHour(), "UTC", true, null));
        schedules.save(account, daily, now, now);
    }

    /** The digest of a day as it would be sent; null means today in the account's zone. */
    public DigestContent content(AccountId account, LocalDate date) {
        return contents.of(account, date == null ? today(account) : date);
    }

    /** The digest of a day (null: today) as its message reads in plain text, links and all. */
    public String text(AccountId account, LocalDate date) {
        LocalDate today = today(account);
        DigestContent digest = contents.of(account, date == null ? today : date);
        return renderer.render(digest, channels.links(account, today), false).text();
    }

    /** The account's day by its digest's zone. */
    public LocalDate today(AccountId account) {
        return schedule(account).dayOf(clock.instant());
    }

    /** The delivery log, newest digest first. */
    public Page<Delivery> deliveries(AccountId account, Page.Request page) {
        return Page.of(deliveries.recent(account, (int) page.offset(), page.size()), page,
                () -> deliveries.count(account));
    }

    /** What Today says about the digest: ask for a schedule, and digests that failed lately. */
    public DigestNotices notices(AccountId account) {
        Optional<DigestSchedules.Stored> stored = schedules.find(account);
        if (stored.isEmpty()) {
            return new DigestNotices(true, List.of());
        }
        DigestSchedule s = stored.get().schedule();
        LocalDate since = s.dayOf(clock.instant()).minusDays(NOTICE_DAYS);
        List<String> failures = new ArrayList<>();
        Set<Channel> seen = EnumSet.noneOf(Channel.class);
        for (Delivery d : deliveries.recent(account, 0, 10)) {
            if (seen.add(d.channel()) && d.status() == DeliveryStatus.FAILED && d.digestDate().isAfter(since)) {
                failures.add("Your digest of " + DAY.format(d.digestDate()) + " could not be sent by "
                        + (d.channel() == Channel.EMAIL ? "email" : "webhook") + ": " + d.lastError()
                        + (d.nextAttemptAt() == null ? "" : ". Kith tries again at "
                        + TIME.format(d.nextAttemptAt().atZone(s.zone())) + "."));
            }
        }
        if (s.enabled() && s.email()) {
            channels.problem(Channel.EMAIL).ifPresent(p -> failures.add("Your digest is on, but it cannot go by email: "
                    + p + "."));
        }
        return new DigestNotices(false, List.copyOf(failures));
    }

    /** The email address an unsubscribe link stops digests for, to show on its confirm page. */
    public String unsubscribing(String token) {
        return accounts.get(unsubscriber(token)).email();
    }

    /** Turns the digest off for the account the link was made for. */
    public void unsubscribe(String token) {
        AccountId account = unsubscriber(token);
        schedules.find(account).ifPresent(s -> save(account, editor.apply(s.schedule(),
                DigestSettingsChanges.enabled(false))));
    }

    private AccountId unsubscriber(String token) {
        return tokens.account(token, LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("unsubscribe link", "(not valid, or expired)"));
    }

    DigestSchedule schedule(AccountId account) {
        return schedules.find(account).map(DigestSchedules.Stored::schedule).orElse(suggested());
    }

    private void save(AccountId account, DigestSchedule schedule) {
        Instant now = clock.instant();
        schedules.save(account, schedule, schedule.enabled() ? schedule.nextDueAfter(now) : null, now);
    }

    private static DigestSchedule suggested() {
        return DigestSchedule.suggested(ZoneId.systemDefault());
    }

    private static String masked(String url) {
        if (url == null) {
            return null;
        }
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/…";
    }
}
