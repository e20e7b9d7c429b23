package org.uncacworkbench.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uncacworkbench.storage.jooq.Tables.AGENCY;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save the program has reported as done survives kill -9 a moment later. */
class DurabilityKillTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaveSurvivesKillMinus9() throws Exception {
        Process child = ChildProcess.java(DurabilityChild.class, dir.toString()).redirectErrorStream(true).start();
        int lastAck = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAck = Integer.parseInt(line.substring(4));
                    if (lastAck >= 300) {
                        break;
                    }
                }
            }
            // SIGKILL on Linux: no shutdown hooks, no H2 close, nothing flushed on the way out
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastAck).as("the child saved something before it was killed").isGreaterThanOrEqualTo(300);

        try (Database db = Database.open(dir)) {
            Set<String> codes = new HashSet<>(db.dsl().select(AGENCY.CODE).from(AGENCY).fetch(AGENCY.CODE));
            for (int n = 1; n <= lastAck; n++) {
                assertThat(codes).as("acknowledged save %d", n).contains("K" + n);
            }
        }
    }
}
