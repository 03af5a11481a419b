package app.kith.digest;

import app.kith.shared.AccountId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the scheduler does each minute: starts the digests that are due and resumes deliveries whose
 * retry is due. Every step is claimed in the database first (moving an account's next_due_at on
 * from the value read, inserting a delivery's row, moving a retry's time on), so any number of nodes
 * may run this at once and each digest still goes out once. A digest whose day is over by the time
 * it is found (the server was down) is not sent: no pile of old digests after a restart.
 */
@Component
class DueDigests {
    static final int MAX_BATCHES = 100;
    private static final Logger log = LoggerFactory.getLogger(DueDigests.class);

    private final DigestSchedules schedules;
    private final Deliveries deliveries;
    private final DeliveryAttempts attempts;
    private final DigestSenders senders;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batch;

    DueDigests(DigestSchedules schedules, Deliveries deliveries, DeliveryAttempts attempts, DigestSenders senders,
               PlatformTransactionManager transactions, Clock clock, @Value("${kith.digest.batch:500}") int batch) {
        this.schedules = schedules;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.senders = senders;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batch = batch;
    }

    private record Claimed(AccountId account, String id, Channel channel, LocalDate date, DigestSchedule schedule) {
    }

    /**
     * Works through everything due, a batch at a time, so a thousand digests due at 08:00 all start
     * in this minute; at most {@link #MAX_BATCHES} batches of each, so a tick always ends. Claims are
     * made here, one after another; the sends run on {@link DigestSenders}, and the tick ends when
     * they have.
     */
    void run() {
        Instant now = clock.instant();
        try (DigestSenders.Round sends = senders.round()) {
            for (int round = 0; round < MAX_BATCHES; round++) {
                List<DigestSchedules.Due> due = schedules.due(now, batch);
                for (DigestSchedules.Due one : due) {
                    if (!sends.claimAndSend(() -> sending(start(one, now)))) {
                        return;
                    }
                }
                if (due.size() < batch) {
                    break;
                }
            }
            for (int round = 0; round < MAX_BATCHES; round++) {
                List<Deliveries.Due> due = deliveries.due(now, batch);
                for (Deliveries.Due one : due) {
                    if (!sends.claimAndSend(() -> resume(one, now))) {
                        return;
                    }
                }
                if (due.size() < batch) {
                    break;
                }
            }
        }
    }

    private Optional<Runnable> sending(List<Claimed> claimed) {
        return claimed.isEmpty() ? Optional.empty() : Optional.of(() -> claimed.forEach(
                c -> attempts.attempt(c.account(), c.id(), 1, c.channel(), c.date(), c.schedule())));
    }

    /** Moves the account's schedule on and claims the due digest's deliveries, in one transaction. */
    private List<Claimed> start(DigestSchedules.Due due, Instant now) {
        List<Claimed> claimed = transaction.execute(status -> {
            DigestSchedule schedule = schedules.find(due.account()).map(DigestSchedules.Stored::schedule).orElse(null);
            if (schedule == null) {
                return List.<Claimed>of();
            }
            Instant next = schedule.enabled() ? schedule.nextDueAfter(now) : null;
            if (!schedules.advance(due.account(), due.dueAt(), next)) {
                return List.<Claimed>of();
            }
            LocalDate date = schedule.dayOf(Instant.ofEpochSecond(due.dueAt()));
            if (!schedule.enabled()) {
                return List.<Claimed>of();
            }
            if (!date.equals(schedule.dayOf(now))) {
                log.info("Digest of {} for account {} missed while the server was down; its day is over, not sent",
                        date, due.account());
                return List.<Claimed>of();
            }
            List<Claimed> mine = new ArrayList<>();
            for (Channel channel : schedule.channels()) {
                deliveries.claim(due.account(), channel, date, attempts.lease(), now)
                        .ifPresent(id -> mine.add(new Claimed(due.account(), id, channel, date, schedule)));
            }
            return mine;
        });
        return claimed == null ? List.of() : claimed;
    }

    /** A failed delivery's retry, or a send cut off midway (its lease ran out): the retry's send once claimed. */
    private Optional<Runnable> resume(Deliveries.Due due, Instant now) {
        if (due.status() == DeliveryStatus.SENDING) {
            if (deliveries.settle(due.account(), due.id(), due.at(), "the server stopped while sending; not sent"
                    + " again, as it may have arrived", now)) {
                log.warn("Digest of {} for account {} by {} was cut off while sending; not sent again", due.date(),
                        due.account(), due.channel().wire());
            }
            return Optional.empty();
        }
        DigestSchedule schedule = schedules.find(due.account()).map(DigestSchedules.Stored::schedule).orElse(null);
        // Turned off (or unsubscribed), the channel dropped, or the digest's day over: no more tries.
        if (schedule == null || !schedule.enabled() || !schedule.channels().contains(due.channel())
                || !now.isBefore(schedule.endOf(due.date()))) {
            deliveries.settle(due.account(), due.id(), due.at(), null, now);
            return Optional.empty();
        }
        if (!deliveries.claimRetry(due.account(), due.id(), due.at(), attempts.lease(), now)) {
            return Optional.empty();
        }
        int attempt = deliveries.byId(due.account(), due.id()).map(Delivery::attempts).orElse(DeliveryAttempts.MAX_ATTEMPTS);
        return Optional.of(() -> attempts.attempt(due.account(), due.id(), attempt, due.channel(), due.date(), schedule));
    }
}
