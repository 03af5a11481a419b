package app.kith.digest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends claimed deliveries a few at once ({@code kith.digest.senders} on each node): a digest's
 * time goes mostly to round trips (the database, the SMTP conversation), so one after another
 * leaves the machine idle. A send takes its slot <em>before</em> its delivery is claimed, so a
 * claimed delivery never waits in a queue: it starts at once, well inside its lease. On shutdown
 * (a lifecycle stop, so before the database's pool closes), nothing more is claimed and sends under
 * way get {@link #SHUTDOWN_WAIT} to end; one cut off then is left to the lease rule (marked failed,
 * not sent again), like a node that stopped.
 */
@Component
class DigestSenders implements SmartLifecycle, DisposableBean {
    static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(DigestSenders.class);

    private final Semaphore slots;
    private final ExecutorService threads =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("digest-send-", 0).factory());
    private volatile boolean closing;
    private volatile boolean running;

    DigestSenders(@Value("${kith.digest.senders:4}") int senders) {
        if (senders < 1) {
            throw new IllegalArgumentException("kith.digest.senders must be at least 1, not " + senders);
        }
        this.slots = new Semaphore(senders);
    }

    /** One tick's sends; closing it waits for them all. */
    Round round() {
        return new Round();
    }

    final class Round implements AutoCloseable {
        private final List<Future<?>> started = new ArrayList<>();

        private Round() {
        }

        /**
         * Waits for a free slot, then runs {@code claim} on this thread and the send it returns on
         * a sender thread. False when the node is shutting down (or this thread was interrupted):
         * nothing was claimed, and the caller should stop.
         */
        boolean claimAndSend(Supplier<Optional<Runnable>> claim) {
            if (closing) {
                return false;
            }
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            Optional<Runnable> send;
            try {
                send = claim.get();
            } catch (RuntimeException | Error e) {
                slots.release();
                throw e;
            }
            if (send.isEmpty()) {
                slots.release();
                return true;
            }
            Runnable inSlot = () -> {
                try {
                    send.get().run();
                } catch (RuntimeException e) {
                    log.error("A claimed digest could not be sent or recorded; its lease settles it", e);
                } finally {
                    slots.release();
                }
            };
            try {
                started.add(threads.submit(inSlot));
            } catch (RejectedExecutionException e) {
                // Shut down between the claim and the send: the delivery is claimed, so it is sent here.
                inSlot.run();
            }
            return true;
        }

        /** Waits for this round's sends; each records its own outcome. */
        @Override
        public void close() {
            for (Future<?> send : started) {
                try {
                    send.get();
                } catch (InterruptedException e) {
                    // The sends go on; shutdown waits for them (destroy).
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    log.error("A digest send ended abruptly", e.getCause());
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void stop() {
        running = false;
        close();
    }

    @Override
    public void destroy() {
        close();
    }

    private void close() {
        closing = true;
        threads.shutdown();
        try {
            if (!threads.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Digest sends still under way after {}; left to the lease rule (marked failed, not sent"
                        + " again)", SHUTDOWN_WAIT);
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
