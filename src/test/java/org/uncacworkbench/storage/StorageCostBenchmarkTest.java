package org.uncacworkbench.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.drafting.SectionStatus;
import org.uncacworkbench.i18n.Language;

/**
 * What the storage costs in a working day (decision 0015): the file's size and the time a save
 * takes, after eight hours of one person's editing compressed into a minute — an autosave copy every
 * 5 seconds (5,760), a saved revision every 2.5 minutes (192), two data requests an hour (16) —
 * with {@code RETENTION_TIME 0}, so that free space is reused as on a file used all day. Run with
 * {@code ./mvnw -Pbench test -Dtest=StorageCostBenchmarkTest}; {@code -Dstorage.options=;REUSE_SPACE=FALSE}
 * weighs another H2 setting.
 */
@Tag("bench")
class StorageCostBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void aWorkingDayOfEditing() throws Exception {
        App.openForWork(dir, Clock.systemDefaultZone()).close();
        Path file = dir.resolve(Database.FILE_BASE_NAME + ".mv.db");
        long demo = Files.size(file);
        String options = System.getProperty("storage.options", "");
        List<Long> autosaves = new ArrayList<>();
        List<Long> saves = new ArrayList<>();
        long open;
        long t0 = System.nanoTime();
        try (App app = App.on(Database.openWith(dir, options), Clock.systemDefaultZone())) {
            try (Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("SET RETENTION_TIME 0");
            }
            long cycleId = app.cycles().cycleByNumber(3).orElseThrow().id();
            List<Long> editable = app.sections().sections(cycleId).stream().filter(s -> s.status() != SectionStatus.FINAL)
                    .map(s -> app.sections().sectionId(cycleId, s.key()).orElseThrow()).toList();
            long agencyId = app.agencies().agencies().getFirst().id();
            StringBuilder text = new StringBuilder(app.sections().open(editable.get(3)).zh().map(r -> r.body()).orElse("第一段。"));
            for (int tick = 1; tick <= 5760; tick++) {
                long section = editable.get((tick / 360) % editable.size()); // another section every half hour
                text.append(tick % 40 == 0 ? "\n\n" : "字");
                long a = System.nanoTime();
                app.recovery().keep(section, Language.ZH_TW, "bench", text.toString(), 0);
                autosaves.add(System.nanoTime() - a);
                if (tick % 30 == 0) {
                    int base = app.revisions().history(section, Language.ZH_TW).stream().mapToInt(r -> r.number()).max().orElse(0);
                    long b = System.nanoTime();
                    app.revisions().save(section, Language.ZH_TW, text.toString(), base, "bench");
                    saves.add(System.nanoTime() - b);
                }
                if (tick % 360 == 0) {
                    app.requests().send(cycleId, "Request " + tick, "Please report.", LocalDate.now().plusDays(30), List.of(agencyId), List.of(5), "bench");
                }
            }
            open = Files.size(file);
        }
        long elapsed = System.nanoTime() - t0;
        long closed = Files.size(file);
        try (Database db = Database.open(dir)) {
            db.query("SELECT COUNT(*) FROM draft_recovery", r -> r.getInt(1));
        }
        long reopened = Files.size(file);
        System.out.printf("storage cost H2 %s%s: demo %d KiB; after the day %d KiB open, %d KiB after a clean close, %d KiB after reopening; "
                        + "autosave median %.2f ms (p95 %.2f), save median %.2f ms (p95 %.2f); whole day %.1f s%n",
                org.h2.engine.Constants.VERSION, options, demo / 1024, open / 1024, closed / 1024, reopened / 1024,
                percentile(autosaves, 50), percentile(autosaves, 95), percentile(saves, 50), percentile(saves, 95), elapsed / 1e9);
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
