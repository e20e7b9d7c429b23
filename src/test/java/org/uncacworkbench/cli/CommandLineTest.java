package org.uncacworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.TestWorkbench;
import picocli.CommandLine;

/** The same jar's command line, as a script or a newcomer would use it. */
class CommandLineTest {

    @TempDir
    Path dir;
    final List<String[]> guiLaunches = new ArrayList<>();

    record Result(int exit, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WorkbenchCommand.run(args, guiLaunches::add, new PrintWriter(out), new PrintWriter(err), TestWorkbench.CLOCK);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommandInEitherLanguage() {
        Result en = run("--help", "--lang", "en");
        assertThat(en.exit()).isZero();
        assertThat(en.out()).contains("load-sample", "check", "backup", "restore", "--data-dir", "Without a command it opens the window");
        Result zh = run("--help", "--lang", "zh");
        assertThat(zh.out()).contains("load-sample", "未指定指令時開啟視窗", "將整個資料庫備份至檔案");
        assertThat(run("--lang", "en", "restore", "--help").out()).contains("Refuses a file that is not a backup", "FILE");
    }

    @Test
    void withoutACommandItOpensTheWindowOnTheChosenFolder() {
        Result r = run("--data-dir", dir.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(guiLaunches).hasSize(1);
        assertThat(guiLaunches.getFirst()).containsExactly("--data-dir=" + dir.toAbsolutePath(), "--lang=en");
        assertThat(run("--lang", "fr").exit()).isNotZero();
    }

    @Test
    void theWindowOpensTheSameHoweverItsOptionsAreWritten() {
        assertThat(run().exit()).isZero();
        assertThat(run("--data-dir=" + dir, "--lang=zh").exit()).isZero();
        assertThat(run("--lang", "zh-TW", "--data-dir", dir.toString()).exit()).isZero();
        assertThat(guiLaunches).extracting(args -> String.join(" ", args)).containsExactly(
                "", "--data-dir=" + dir.toAbsolutePath() + " --lang=zh", "--data-dir=" + dir.toAbsolutePath() + " --lang=zh-TW");
    }

    @Test
    void anythingBesidesFolderAndLanguageIsLeftToTheFullCommandLine() {
        Result unknown = run("--data-dir", dir.toString(), "--colour", "red");
        assertThat(unknown.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(unknown.err()).contains("--colour");
        Result missing = run("--data-dir");
        assertThat(missing.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run("--data-dir", dir.toString(), "--version").out()).contains("UNCAC Review Workbench");
        assertThat(guiLaunches).isEmpty();
    }

    @Test
    void loadCheckBackupRestoreRoundTrip() throws Exception {
        String d = dir.resolve("data").toString();
        Result load = run("--data-dir", d, "--lang", "en", "load-sample");
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).contains("Cycles loaded: [2, 3]");
        assertThat(run("--data-dir", d, "--lang", "en", "load-sample").out()).contains("left unchanged: [2, 3]");

        Result check = run("--data-dir", d, "--lang", "zh", "check");
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("未發現問題");

        Path backup = dir.resolve("b.zip");
        assertThat(run("--data-dir", d, "backup", "--to", backup.toString()).exit()).isZero();
        assertThat(backup).exists();

        Result restore = run("--data-dir", d, "--lang", "en", "restore", backup.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored", "before-restore-");
        assertThat(guiLaunches).isEmpty();
    }

    @Test
    void restoreRefusesSomethingThatIsNotABackup() throws Exception {
        String d = dir.resolve("data").toString();
        run("--data-dir", d, "load-sample");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "minutes of the meeting", StandardCharsets.UTF_8);
        Result en = run("--data-dir", d, "--lang", "en", "restore", notes.toString());
        assertThat(en.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(en.err()).contains("is not a workbench backup. Nothing was changed.");
        Result zh = run("--data-dir", d, "--lang", "zh", "restore", notes.toString());
        assertThat(zh.err()).contains("不是工作臺的備份檔，未做任何變更");
        assertThat(run("--data-dir", d, "check").exit()).isZero();
    }

    @Test
    void checkReportsProblemsWithExitCodeOne() {
        String d = dir.resolve("data").toString();
        run("--data-dir", d, "load-sample");
        try (var app = org.uncacworkbench.App.open(Path.of(d), TestWorkbench.CLOCK)) {
            app.database().dsl().execute("DELETE FROM article WHERE number = 71 AND NOT EXISTS "
                    + "(SELECT 1 FROM report_section WHERE article_number = 71)");
            app.database().dsl().execute("DELETE FROM report_section WHERE section_key = 'A71'");
            app.database().dsl().execute("DELETE FROM article WHERE number = 71");
        }
        Result check = run("--data-dir", d, "--lang", "en", "check");
        assertThat(check.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(check.out()).contains("ERROR: Expected 71 articles of the Convention, found 70.")
                .contains("ERROR: Cycle 2 has no section for articles 71.");
    }

    @Test
    void searchShowsEachPassageWithItsMatchesMarked() {
        String d = dir.resolve("data").toString();
        run("--data-dir", d, "load-sample");
        Result found = run("--data-dir", d, "--lang", "zh", "search", "洗錢", "--cycle", "3");
        assertThat(found.exit()).isZero();
        assertThat(found.out()).contains("第 3 次 A14（zh，").contains("【洗錢】").doesNotContain("第 2 次");
        Result none = run("--data-dir", d, "--lang", "en", "search", "no such words anywhere");
        assertThat(none.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(none.out()).contains("No section contains \"no such words anywhere\".");
    }

    @Test
    void importSectionSetsTheTextAsANewRevisionWithTheWindowsChecks() throws Exception {
        String d = dir.resolve("data").toString();
        run("--data-dir", d, "load-sample");
        Path docx = dir.resolve("moj-answer.docx");
        Files.copy(CommandLineTest.class.getResourceAsStream("/docx/libreoffice-agency-answer.docx"), docx);

        Result ok = run("--data-dir", d, "import", "section", "--cycle", "3", "--article", "15", "--lang", "zh", docx.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("第 2 版");
        Result again = run("--data-dir", d, "import", "section", "--cycle", "3", "--article", "15", "--lang", "zh", docx.toString());
        assertThat(again.out()).contains("未儲存");

        Result toFinal = run("--data-dir", d, "import", "section", "--cycle", "3", "--article", "1", "--lang", "en", docx.toString());
        assertThat(toFinal.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(toFinal.err()).contains("A1 is final and read-only");

        Path md = Files.writeString(dir.resolve("intro.md"), "## Introduction\n\nNew text.\n", StandardCharsets.UTF_8);
        Result front = run("--data-dir", d, "import", "section", "--cycle", "3", "--section", "INTRODUCTION", "--lang", "en", md.toString());
        assertThat(front.exit()).as(front.err()).isZero();
        assertThat(run("--data-dir", d, "import", "section", "--cycle", "9", "--article", "5", "--lang", "en", md.toString()).err())
                .contains("There is no review cycle 9.");
    }

    @Test
    void exportWritesTheReportAndAReviewPackAndSaysWhatIsWrong() {
        String d = dir.resolve("data").toString();
        run("--data-dir", d, "load-sample");
        Path report = dir.resolve("r.docx");
        Result ok = run("--data-dir", d, "export", "report", "--cycle", "2", "--lang", "en", "--out", report.toString(), "--articles", "5-14");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Written: " + report.toAbsolutePath());
        assertThat(report).exists();
        Path pack = dir.resolve("p.docx");
        assertThat(run("--data-dir", d, "export", "review-pack", "--cycle", "3", "--lang", "zh", "--articles", "5", "--out", pack.toString()).exit())
                .isZero();
        assertThat(pack).exists();
        Result bad = run("--data-dir", d, "export", "report", "--cycle", "2", "--lang", "fr", "--out", report.toString());
        assertThat(bad.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(run("--data-dir", d, "--lang", "en", "export", "report", "--cycle", "2", "--lang", "en", "--out", dir.resolve("x.docx").toString(),
                "--articles", "5-99").err()).contains("Articles are numbered 1 to 71.");
    }

    @Test
    void exportMinutesWritesASessionsMinutesAndNamesAMissingSession() throws Exception {
        String d = dir.resolve("data").toString();
        run("--data-dir", d, "load-sample");
        Path minutes = dir.resolve("minutes.docx");
        Result ok = run("--data-dir", d, "export", "minutes", "--cycle", "2", "--session", "3", "--lang", "zh", "--out", minutes.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(minutes))) {
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("聯合國反貪腐公約第二次國家報告審閱諮詢委員會第3次會議紀錄");
        }
        Result missing = run("--data-dir", d, "--lang", "en", "export", "minutes", "--cycle", "2", "--session", "42", "--lang", "en",
                "--out", dir.resolve("m.docx").toString());
        assertThat(missing.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(missing.err()).contains("This cycle has no session 42.");
        assertThat(dir.resolve("m.docx")).doesNotExist();
    }

    @Test
    void englishMinutesWithATextOnlyInChineseAreRefusedListingItUnlessMarkedOnPurpose() throws Exception {
        String d = dir.resolve("data").toString();
        run("--data-dir", d, "load-sample");
        try (var app = org.uncacworkbench.App.openMigrated(Path.of(d), TestWorkbench.CLOCK)) {
            var cycle = app.cycles().cycleByNumber(2).orElseThrow().id();
            var third = app.panel().session(cycle, 3);
            app.sessionRecords().addGuest(third.id(), "許文華", "MOJ", "tester");
        }
        Path out = dir.resolve("m3-en.docx");
        Result refused = run("--data-dir", d, "--lang", "en", "export", "minutes", "--cycle", "2", "--session", "3", "--lang", "en",
                "--out", out.toString());
        assertThat(refused.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(refused.err()).contains("  no English: Person in attendance: 許文華", "One text has no English (listed above); nothing was written.");
        assertThat(out).doesNotExist();

        Result marked = run("--data-dir", d, "--lang", "en", "export", "minutes", "--cycle", "2", "--session", "3", "--lang", "en",
                "--out", out.toString(), "--chinese-only-ok");
        assertThat(marked.exit()).as(marked.err()).isZero();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out))) {
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().contains("Ministry of Justice [Chinese only] 許文華"));
        }
    }

    @Test
    void aCommandOnAnEmptyFolderSaysWhatIsMissingNotADatabaseError() {
        String d = dir.resolve("fresh").toString();
        Result r = run("--data-dir", d, "--lang", "en", "export", "minutes", "--cycle", "2", "--session", "1", "--lang", "en",
                "--out", dir.resolve("m.docx").toString());
        assertThat(r.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(r.err()).contains("There is no review cycle 2.").doesNotContain("select");
    }
}
