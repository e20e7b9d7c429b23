package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingConfiguratorTest {

    @TempDir
    Path dir;

    @Test
    void warningsAndErrorsGoToTheDataFoldersLogFileOnlyOnceSomethingIsLogged() throws Exception {
        String before = System.getProperty(LoggingConfigurator.DATA_FOLDER_PROPERTY);
        System.setProperty(LoggingConfigurator.DATA_FOLDER_PROPERTY, dir.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as LoggerFactory's context has
        try {
            LoggingConfigurator configurator = new LoggingConfigurator(false);
            configurator.setContext(context);
            assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            assertThat(root.getLevel()).isEqualTo(Level.WARN);
            assertThat(root.iteratorForAppenders()).toIterable().singleElement().isInstanceOf(LoggingConfigurator.LazyFile.class);
            Path log = dir.resolve("logs").resolve("workbench.log");
            assertThat(((LoggingConfigurator.LazyFile) root.getAppender(LoggingConfigurator.APPENDER)).path()).isEqualTo(log);

            org.slf4j.Logger jooq = context.getLogger("org.jooq.tools.JooqLogger");
            assertThat(jooq.isInfoEnabled()).as("jOOQ's banner and tips are not logged").isFalse();
            assertThat(context.getLogger("org.flywaydb.core.FlywayExecutor").isInfoEnabled()).isFalse();
            assertThat(dir.resolve("logs")).as("nothing logged yet, nothing created").doesNotExist();

            context.getLogger("org.apache.poi.openxml4j.opc.OPCPackage").warn("Unable to call close()", new IllegalStateException("boom"));
            assertThat(Files.readString(log)).contains("WARN", "Unable to call close()", "java.lang.IllegalStateException: boom");
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty(LoggingConfigurator.DATA_FOLDER_PROPERTY);
            } else {
                System.setProperty(LoggingConfigurator.DATA_FOLDER_PROPERTY, before);
            }
        }
    }

    @Test
    void anExplicitConfigurationFileOrTheTestsOwnIsLeftToLogback() {
        LoggerContext context = new LoggerContext();
        assertThat(new LoggingConfigurator(true).configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(new LoggingConfigurator().configure(context)).as("logback-test.xml is on the test class path")
                .isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LoggingConfigurator.APPENDER)).isNull();
    }
}
