package app.kith.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Logging for a command: warnings and errors, one line each, on standard error, so standard output
 * keeps only the command's result. It is set up directly rather than by Spring Boot reading
 * logback-spring.xml, because parsing that XML loads about 600 classes: a third of a second that
 * every {@code kith} command would pay for the same two settings. {@code serve} logs the usual way.
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
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        if (System.getenv(DEBUG_VARIABLE) != null && !System.getenv(DEBUG_VARIABLE).isBlank()) {
            context.getLogger("app.kith").setLevel(Level.DEBUG);
        }
    }

    /**
     * Logs the details of a failure the user was only told about in one line, when {@code KITH_DEBUG}
     * is set. Before logging is set up nothing is logged: Logback's fallback would write to standard
     * output.
     */
    static void debug(String message, Throwable e) {
        if (installed) {
            LoggerFactory.getLogger(KithCli.class).debug(message, e);
        }
    }
}
