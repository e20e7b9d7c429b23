package org.uncacworkbench.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.storage.ChildProcess;

/**
 * The window's first screen is read without setting jOOQ up: jOOQ's class initialisation (the data
 * types of every dialect it knows) costs more processor time than opening the database, and on a
 * two-core workstation that time comes out of the window's start (decision 0014).
 */
class FirstScreenWithoutJooqTest {

    static final String JOOQ_SET_UP = "Initializing 'org/jooq/impl/SQLDataType'";

    @TempDir
    Path dir;

    @Test
    void openingTheFolderAndReadingTheFirstScreenLeaveJooqForLater() throws Exception {
        Path data = dir.resolve("data");
        TestWorkbench.withDemo(data).close();

        Process child = ChildProcess.java(List.of("-Xlog:class+init=info:stdout"), FirstScreenChild.class, data.toString())
                .redirectErrorStream(true).start();
        String out = ChildProcess.readAll(child);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).contains(FirstScreenChild.READ + ": 2 cycles");
        String firstScreen = out.substring(0, out.indexOf(FirstScreenChild.READ));
        String afterwards = out.substring(out.indexOf(FirstScreenChild.READ));
        assertThat(firstScreen).as("classes initialised for the first screen").doesNotContain(JOOQ_SET_UP);
        assertThat(afterwards).as("the first jOOQ read sets it up (so the check above can fail)").contains(JOOQ_SET_UP)
                .contains("articles read through jOOQ: 71");
        assertThat(child.exitValue()).isZero();
    }
}
