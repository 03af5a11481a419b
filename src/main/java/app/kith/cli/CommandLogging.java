package app.kith.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Logging for a command: warnings and errors, one line each, on standard error, so standard output
 * keeps only the command's result. It is set up directly, so that no {@code kith} command pays for
 * parsing logback-spring.xml (and a pattern) for the same two settings. {@code serve} logs the usual
 * way. Setting {@code KITH_DEBUG} also logs Kith's debug messages, such as the details of an
 * unexpected failure.
 */
final class CommandLogging {
    private static final String DEBUG_VARIABLE = "KITH_DEBUG";
    private static volatile boolean installed;

    private CommandLogging() {
    }

    static void install() {
        installed = true;
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(new OneLine());
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        String debug = System.getenv(DEBUG_VARIABLE);
        if (debug != null && !debug.isBlank()) {
            context.getLogger("app.kith").setLevel(Level.DEBUG);
        }
    }

    /**
     * Logs the details of a failure the user was only told about in one line. Before logging is set
     * up nothing is logged: Logback's fallback would write to standard output.
     */
    static void debug(String message, Throwable e) {
        if (installed) {
            LoggerFactory.getLogger(KithCli.class).debug(message, e);
        }
    }

    /** "12:01:02.345 WARN  logger - message", then the stack trace when there is one. */
    private static final class OneLine extends LayoutBase<ILoggingEvent> {
        @Override
        public String doLayout(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(128)
                    .append(LocalTime.now().truncatedTo(ChronoUnit.MILLIS)).append(' ')
                    .append("%-5s ".formatted(event.getLevel())).append(event.getLoggerName()).append(" - ")
                    .append(event.getFormattedMessage()).append(System.lineSeparator());
            if (event.getThrowableProxy() != null) {
                line.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append(System.lineSeparator());
            }
            return line.toString();
        }
    }
}
