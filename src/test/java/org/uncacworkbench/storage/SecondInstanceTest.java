package org.uncacworkbench.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second instance on the same database gets a clear message in its user's language. */
class SecondInstanceTest {

    @TempDir
    Path dir;

    @Test
    void secondProcessIsToldTheDatabaseIsInUseInChineseAndEnglish() throws Exception {
        try (Database held = Database.open(dir)) {
            assertThat(run("zh")).startsWith("IN USE").contains("已由另一個工作臺").contains(held.file().toString());
            assertThat(run("en")).startsWith("IN USE").contains("already open in another copy of the workbench");
        }
        assertThat(run("en")).as("once released, it opens").startsWith("OPENED");
    }

    private String run(String lang) throws Exception {
        Process p = ChildProcess.java(SecondInstanceChild.class, dir.toString(), lang).redirectErrorStream(true).start();
        String out = ChildProcess.readAll(p);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(l -> !l.startsWith("WARNING") && !l.contains("SLF4J")).reduce("", (a, b) -> a + b + "\n");
    }
}
