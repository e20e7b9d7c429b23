package org.uncacworkbench.shell;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging for the program: warnings and errors to the terminal, nothing else. Set up in code (found
 * by logback through {@code META-INF/services}) rather than from an XML file, which would load an
 * XML parser and some 400 classes during start-up, when jOOQ first asks for a logger.
 *
 * <p>An explicit {@code -Dlogback.configurationFile=...}, or a {@code logback-test.xml} on the class
 * path (the tests'), still wins.
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss} %-5level %logger{20} - %msg%n";

    private final boolean otherConfiguration;

    /** Used by logback. */
    public LoggingConfigurator() {
        this(System.getProperty("logback.configurationFile") != null
                || LoggingConfigurator.class.getClassLoader().getResource("logback-test.xml") != null);
    }

    LoggingConfigurator(boolean otherConfiguration) {
        this.otherConfiguration = otherConfiguration;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (otherConfiguration) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
