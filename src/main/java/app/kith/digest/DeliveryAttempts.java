package app.kith.digest;

import app.kith.shared.AccountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One attempt at a claimed delivery: builds the day's digest, skips it when empty, sends it and
 * writes the outcome to the log. A failure is retried with a doubling delay ({@link #FIRST_RETRY},
 * then twice as long each time) up to {@link #MAX_ATTEMPTS} attempts, and never past the end of the
 * digest's own day in the account's zone: a late digest is old news.
 */
@Component
class DeliveryAttempts {
    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofMinutes(5);
    /** How long a claimed send may take before the scheduler counts it as cut off. */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

    private final DigestContents contents;
    private final DigestChannels channels;
    private final Deliveries deliveries;
    private final Clock clock;

    DeliveryAttempts(DigestContents contents, DigestChannels channels, Deliveries deliveries, Clock clock) {
        this.contents = contents;
        this.channels = channels;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    Instant lease() {
        return clock.instant().plus(LEASE);
    }

    /** Sends the claimed delivery {@code id} (its {@code attempt}-th attempt) and records the outcome. */
    SendResult attempt(AccountId account, String id, int attempt, Channel channel, LocalDate date,
                       DigestSchedule schedule) {
        Instant started = clock.instant();
        try {
            DigestContent digest = contents.of(account, date);
            if (digest.isEmpty()) {
                deliveries.finish(account, id, DeliveryStatus.SKIPPED_EMPTY, null, null, null, clock.instant());
                log.info("Digest of {} for account {} by {}: nothing to say, not sent", date, account, channel.wire());
                return new SendResult(channel, "skipped-empty", "nothing is due, so nothing was sent");
            }
            String answer = channels.send(account, channel, schedule, digest, schedule.dayOf(started), false);
            Instant sent = clock.instant();
            deliveries.finish(account, id, DeliveryStatus.SENT, null, answer, null, sent);
            // How long it took, made and sent, as the program saw it (./bench reports it per digest).
            log.info("Digest of {} for account {} sent by {} in {} ms: {}", date, account, channel.wire(),
                    Duration.between(started, sent).toMillis(), answer);
            return new SendResult(channel, "sent", answer);
        } catch (ChannelFailure e) {
            return failed(account, id, attempt, channel, date, schedule, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            log.error("Digest of {} for account {} by {} could not be made", date, account, channel.wire(), e);
            return failed(account, id, attempt, channel, date, schedule,
                    "Kith could not prepare the digest (the server's log says why)", false);
        }
    }

    private SendResult failed(AccountId account, String id, int attempt, Channel channel, LocalDate date,
                              DigestSchedule schedule, String why, boolean permanent) {
        Instant now = clock.instant();
        Instant retry = permanent || attempt >= MAX_ATTEMPTS ? null
                : now.plus(FIRST_RETRY.multipliedBy(1L << (attempt - 1)));
        if (retry != null && !retry.isBefore(schedule.endOf(date))) {
            retry = null;
        }
        deliveries.finish(account, id, DeliveryStatus.FAILED, why, null, retry, now);
        log.warn("Digest of {} for account {} by {} failed (attempt {}{}): {}", date, account, channel.wire(), attempt,
                retry == null ? ", not retried" : ", retried at " + retry, why);
        return new SendResult(channel, "failed", why);
    }
}
