package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class LoggingConfiguratorTest {

    @Test
    void theTerminalGetsWarningsAndErrorsOnly() {
        LoggerContext context = new LoggerContext();
        LoggingConfigurator configurator = new LoggingConfigurator(false);
        configurator.setContext(context);
        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        ConsoleAppender<?> console = (ConsoleAppender<?>) root.getAppender("CONSOLE");
        assertThat(console.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(LoggingConfigurator.PATTERN);

        org.slf4j.Logger jooq = context.getLogger("org.jooq.tools.JooqLogger");
        assertThat(jooq.isInfoEnabled()).as("jOOQ's banner and tips stay off the terminal").isFalse();
        assertThat(jooq.isWarnEnabled()).isTrue();
        assertThat(context.getLogger("org.flywaydb.core.FlywayExecutor").isInfoEnabled()).isFalse();
        context.stop();
    }

    @Test
    void anExplicitConfigurationFileOrTheTestsOwnIsLeftToLogback() {
        LoggerContext context = new LoggerContext();
        assertThat(new LoggingConfigurator(true).configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(new LoggingConfigurator().configure(context)).as("logback-test.xml is on the test class path")
                .isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).isNull();
    }
}
