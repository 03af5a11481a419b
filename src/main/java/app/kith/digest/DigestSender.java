package app.kith.digest;

import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sending by hand: a day's digest now ({@code kith digest send}), claimed in the delivery log like
 * the scheduler's so it never goes twice unless forced, and a test send per channel that shows the
 * receiving server's own answer and is not logged as a delivery.
 */
@Service
public class DigestSender {
    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

    private final DigestService digests;
    private final DigestContents contents;
    private final DigestChannels channels;
    private final Deliveries deliveries;
    private final DeliveryAttempts attempts;
    private final Clock clock;

    DigestSender(DigestService digests, DigestContents contents, DigestChannels channels, Deliveries deliveries,
                 DeliveryAttempts attempts, Clock clock) {
        this.digests = digests;
        this.contents = contents;
        this.channels = channels;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * Sends the digest of {@code date} (null: today in the account's zone) on each channel that is on,
     * unless the log says it went already; {@code force} sends it again anyway.
     */
    public List<SendResult> send(AccountId account, LocalDate date, boolean force) {
        DigestSchedule schedule = digests.schedule(account);
        if (schedule.channels().isEmpty()) {
            throw new InvalidInputException("channels", "no channel is on: turn email on or set a webhook first");
        }
        LocalDate day = date == null ? schedule.dayOf(clock.instant()) : date;
        List<SendResult> results = new ArrayList<>();
        for (Channel channel : schedule.channels()) {
            Instant now = clock.instant();
            Optional<String> id = deliveries.claim(account, channel, day, attempts.lease(), now);
            if (id.isEmpty()) {
                List<DeliveryStatus> again = force
                        ? List.of(DeliveryStatus.SENT, DeliveryStatus.FAILED, DeliveryStatus.SKIPPED_EMPTY)
                        : List.of(DeliveryStatus.FAILED, DeliveryStatus.SKIPPED_EMPTY);
                id = deliveries.reclaim(account, channel, day, again, attempts.lease(), now);
            }
            if (id.isEmpty()) {
                results.add(notAgain(account, channel, day));
                continue;
            }
            int attempt = deliveries.byId(account, id.get()).map(Delivery::attempts).orElse(1);
            results.add(attempts.attempt(account, id.get(), attempt, channel, day, schedule));
        }
        return results;
    }

    private SendResult notAgain(AccountId account, Channel channel, LocalDate day) {
        Delivery d = deliveries.find(account, channel, day).orElseThrow();
        return d.status() == DeliveryStatus.SENDING
                ? new SendResult(channel, "being-sent", "the digest of " + day + " is being sent right now")
                : new SendResult(channel, "already-sent", "the digest of " + day + " was already sent ("
                        + d.answer() + "); --force sends it again");
    }

    /**
     * Sends today's digest on the channel now, marked as a test, whether or not the channel is on
     * and even when there is nothing to say; returns the server's exact answer or why it failed.
     */
    public ChannelAnswer test(AccountId account, Channel channel) {
        DigestSchedule schedule = digests.schedule(account);
        LocalDate today = schedule.dayOf(clock.instant());
        try {
            String answer = channels.send(account, channel, schedule, contents.of(account, today), today, true);
            log.info("Test digest for account {} sent by {}: {}", account, channel.wire(), answer);
            return new ChannelAnswer(channel, true, answer);
        } catch (ChannelFailure e) {
            log.info("Test digest for account {} by {} failed: {}", account, channel.wire(), e.getMessage());
            return new ChannelAnswer(channel, false, e.getMessage());
        }
    }
}
