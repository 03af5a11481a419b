package app.kith.cli;

import app.kith.storage.StorageTrouble;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kith serve}: the web app and the API, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the web app and the API.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    KithCommand kith;

    @Spec
    CommandSpec spec;

    static final Duration LOCK_WAIT = Duration.ofMinutes(1);

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port: must be between 0 and 65535");
        }
        ConfigurableApplicationContext server = start();
        CountDownLatch stopped = new CountDownLatch(1);
        server.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        kith.console().note("Kith is serving http://" + hostPart(bind) + ":" + server.getEnvironment()
                .getProperty("local.server.port", Integer.toString(port)) + "/ (Ctrl-C stops it)");
        if (server.isActive()) {
            stopped.await();
        }
        return ExitCodes.OK;
    }

    /**
     * Starts the server; while another program holds the database's lock (a backup or an import run
     * from the command line), waits for it, up to {@link #LOCK_WAIT}, rather than giving up at once.
     */
    private ConfigurableApplicationContext start() throws InterruptedException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                return Backend.serve(kith.storage(), port, bind);
            } catch (RuntimeException e) {
                if (!StorageTrouble.locked(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                kith.console().note("The database is locked by another program (a backup or an import?);"
                        + " waiting for it to finish...");
                Thread.sleep(1000);
            }
        }
    }

    private static String hostPart(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
