package org.uncacworkbench.shell;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.file.Path;
import org.uncacworkbench.storage.DataDirectory;

/**
 * Logging for the program: warnings and errors — the libraries' (H2, POI, Flyway, jOOQ) and the
 * stack traces behind an unexpected error — go to {@code logs/workbench.log} in the data folder,
 * never to the terminal or the window, where the user reads one sentence in their language.
 * The file is created only when something is logged, so a command that must create nothing
 * ({@code check} on a wrong folder) leaves nothing behind.
 *
 * <p>Set up in code (found by logback through {@code META-INF/services}) rather than from an XML
 * file, which would load an XML parser and some 400 classes during start-up. The data folder is
 * the one {@link #DATA_FOLDER_PROPERTY} names before the first logger was asked for (the program's main
 * does so), else the default one. An explicit {@code -Dlogback.configurationFile=...}, or a
 * {@code logback-test.xml} on the class path (the tests'), still wins.
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss} %-5level %logger{30} - %msg%n";
    static final String APPENDER = "FILE";
    /** The data folder whose {@code logs/} the program logs to; the program's main sets it before anything logs. */
    public static final String DATA_FOLDER_PROPERTY = "uncac.workbench.dataDir";

    private final boolean otherConfiguration;

    /** Used by logback. */
    public LoggingConfigurator() {
        this(System.getProperty("logback.configurationFile") != null
                || LoggingConfigurator.class.getClassLoader().getResource("logback-test.xml") != null);
    }

    LoggingConfigurator(boolean otherConfiguration) {
        this.otherConfiguration = otherConfiguration;
    }

    static Path logFile() {
        String named = System.getProperty(DATA_FOLDER_PROPERTY);
        Path dataDir = named != null ? Path.of(named) : DataDirectory.resolve(null);
        return dataDir.resolve("logs").resolve("workbench.log");
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (otherConfiguration) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LazyFile file = new LazyFile(logFile());
        file.setContext(context);
        file.setName(APPENDER);
        file.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** A log file opened (and its folder made) at the first event, not at start-up. */
    static final class LazyFile extends AppenderBase<ILoggingEvent> {

        private final Path path;
        private FileAppender<ILoggingEvent> file;

        LazyFile(Path path) {
            this.path = path;
        }

        Path path() {
            return path;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (file == null) {
                PatternLayoutEncoder encoder = new PatternLayoutEncoder();
                encoder.setContext(getContext());
                encoder.setPattern(PATTERN);
                encoder.start();
                file = new FileAppender<>();
                file.setContext(getContext());
                file.setName(APPENDER + "-open");
                file.setFile(path.toString());
                file.setAppend(true);
                file.setEncoder(encoder);
                file.start();
            }
            file.doAppend(event);
        }

        @Override
        public void stop() {
            if (file != null) {
                file.stop();
            }
            super.stop();
        }
    }
}
