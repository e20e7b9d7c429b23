package org.uncacworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.review.ObservationImportTest;

/** The international review's documents from the command line, for batch work and checks. */
class ReviewCommandsTest {

    @TempDir
    Path dir;
    String data;

    record Result(int exit, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WorkbenchCommand.run(args, a -> { }, new PrintWriter(out), new PrintWriter(err), TestWorkbench.CLOCK);
        return new Result(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void load() {
        data = dir.resolve("data").toString();
        assertThat(run("--data-dir", data, "load-sample").exit()).isZero();
    }

    private Path observations() throws Exception {
        try (var d = new ObservationImportTest.Doc()) {
            return d.heading("Main findings and observations").para("1. Outcomes are not measured (A. 5).")
                    .heading("Challenges to implementation and recommendations").para("2. Verify asset declarations (Arts. 8 and 52).")
                    .para("3. A point without a citation.")
                    .save(dir.resolve("co.docx"));
        }
    }

    private int points(int cycle) {
        try (App app = App.openMigrated(Path.of(data), TestWorkbench.CLOCK)) {
            return app.observations().withDrafts(app.cycles().cycleByNumber(cycle).orElseThrow().id()).size();
        }
    }

    @Test
    void aDryRunPrintsTheParseOneLinePerPointAndSavesNothing() throws Exception {
        Result dry = run("--data-dir", data, "import", "observations", "--cycle", "3", "--dry-run", observations().toString());
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out().lines().toList()).containsExactly(
                "1\tMain findings and observations\t5\tOutcomes are not measured (A. 5).",
                "2\tChallenges to implementation and recommendations\t8,52\tVerify asset declarations (Arts. 8 and 52).",
                "3\tChallenges to implementation and recommendations\t\tA point without a citation.");
        assertThat(points(3)).as("the demo's two drafts, and nothing more").isEqualTo(2);
    }

    @Test
    void theObservationsAreImportedThenExportedForEachAudience() throws Exception {
        Result imported = run("--data-dir", data, "--lang", "en", "import", "observations", "--cycle", "3", observations().toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).as("the demo's drafts 1 and 2 replaced").contains("1 added, 2 changed, 0 removed; 3 saved");
        assertThat(points(3)).isEqualTo(3);

        Path secretariat = dir.resolve("sec.docx");
        assertThat(run("--data-dir", data, "export", "observations", "--cycle", "3", "--lang", "both", "--audience", "secretariat",
                "--out", secretariat.toString()).exit()).isZero();
        assertThat(secretariat).exists();
        Result none = run("--data-dir", data, "--lang", "en", "export", "observations", "--cycle", "3", "--lang", "en",
                "--out", dir.resolve("public.docx").toString());
        assertThat(none.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(none.err()).contains("have not been adopted yet");
        assertThat(dir.resolve("public.docx")).doesNotExist();
        Result badEdition = run("--data-dir", data, "--lang", "en", "export", "observations", "--cycle", "2", "--lang", "fr",
                "--out", dir.resolve("x.docx").toString());
        assertThat(badEdition.err()).contains("Unknown edition \"fr\"");
    }

    @Test
    void theBookletAndABriefingBookAreWritten() {
        for (String what : List.of("questions", "dossier", "run-sheet")) {
            Path out = dir.resolve(what + ".docx");
            String[] args = what.equals("dossier")
                    ? new String[] {"--data-dir", data, "export", what, "--cycle", "2", "--articles", "5-6", "--lang", "zh", "--out", out.toString()}
                    : new String[] {"--data-dir", data, "export", what, "--cycle", "2", "--lang", "en", "--out", out.toString()};
            Result r = run(args);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(out).exists();
        }
    }
}
