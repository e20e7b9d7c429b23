package org.uncacworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.followup.FilledWorkbooks;
import org.uncacworkbench.followup.RoundDraft;

/** Follow-up from the command line: a round's workbooks and letters out, a returned workbook in, the table and the mid-term report. */
class FollowupCommandsTest {

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
        try (App app = App.openMigrated(Path.of(data), TestWorkbench.CLOCK)) {
            app.followup().openRound(app.cycles().cycleByNumber(2).orElseThrow().id(),
                    RoundDraft.halfYear(2025, 1, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 15)), "lin");
        }
    }

    long reports() {
        try (App app = App.openMigrated(Path.of(data), TestWorkbench.CLOCK)) {
            return TestWorkbench.number(app, "SELECT COUNT(*) FROM progress_report");
        }
    }

    @Test
    void aRoundGoesOutAndAReturnedWorkbookComesBackOnlyWhenWhole() throws Exception {
        Path out = Files.createDirectories(dir.resolve("round"));
        Result sent = run("--data-dir", data, "export", "round", "--cycle", "2", "--round", "2025H1", "--agency", "moj", "--out", out.toString());
        assertThat(sent.exit()).as(sent.err()).isZero();
        assertThat(out.resolve("2025H1-MOJ.xlsx")).exists();
        assertThat(out.resolve("2025H1-MOJ-函.docx")).exists();

        Path returned = dir.resolve("returned.xlsx");
        try (InputStream in = Files.newInputStream(out.resolve("2025H1-MOJ.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream o = Files.newOutputStream(returned)) {
            FilledWorkbooks.fillEveryPoint(wb);
            wb.getSheetAt(1).getRow(4).getCell(6).setCellValue("八次");
            wb.write(o);
        }
        long before = reports();
        Result refused = run("--data-dir", data, "import", "progress", "--cycle", "2", "--round", "2025H1", returned.toString());
        assertThat(refused.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(refused.err()).contains("cell G5: \"八次\" is not a number.");
        assertThat(reports()).isEqualTo(before);

        try (InputStream in = Files.newInputStream(returned); XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream o = Files.newOutputStream(returned)) {
            wb.getSheetAt(1).getRow(4).getCell(6).setCellValue(8);
            wb.write(o);
        }
        Result dry = run("--data-dir", data, "import", "progress", "--cycle", "2", "--round", "2025H1", "--dry-run", returned.toString());
        assertThat(dry.out().lines().toList()).hasSize(6).first().isEqualTo("6\tnew\tin_progress");
        assertThat(reports()).isEqualTo(before);
        Result stored = run("--data-dir", data, "--lang", "en", "import", "progress", "--cycle", "2", "--round", "2025H1", "--agency", "MOJ",
                returned.toString());
        assertThat(stored.exit()).as(stored.err()).isZero();
        assertThat(stored.out()).contains("MOJ returned round 2025H1: 6 report(s) stored.");
        assertThat(reports()).isEqualTo(before + 6);

        Result unknown = run("--data-dir", data, "--lang", "en", "import", "progress", "--cycle", "2", "--round", "2030H1", returned.toString());
        assertThat(unknown.err()).contains("There is no round \"2030H1\" in this cycle (rounds: 2023H1, 2024H1, 2025H1).");
    }

    @Test
    void anAssignmentSheetGoesOutAndComesBackFilled() throws Exception {
        Path sheet = dir.resolve("assignments.xlsx");
        Result written = run("--data-dir", data, "export", "assignments", "--cycle", "2", "--out", sheet.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        int number;
        try (InputStream in = Files.newInputStream(sheet); XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream o = Files.newOutputStream(sheet)) {
            var s = wb.getSheetAt(0);
            var row = java.util.stream.IntStream.rangeClosed(4, s.getLastRowNum()).mapToObj(s::getRow)
                    .filter(r -> r.getCell(4).getStringCellValue().isEmpty()).findFirst().orElseThrow();
            number = (int) row.getCell(0).getNumericCellValue();
            row.getCell(4).setCellValue("MOJ");
            row.getCell(6).setCellValue("Ministry control");
            wb.write(o);
        }
        Result refused = run("--data-dir", data, "--lang", "en", "import", "assignments", "--cycle", "2", sheet.toString());
        assertThat(refused.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(refused.err()).contains("(point " + number + "): Write the action plan in Chinese.");
        try (InputStream in = Files.newInputStream(sheet); XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream o = Files.newOutputStream(sheet)) {
            var s = wb.getSheetAt(0);
            java.util.stream.IntStream.rangeClosed(4, s.getLastRowNum()).mapToObj(s::getRow)
                    .filter(r -> (int) r.getCell(0).getNumericCellValue() == number).findFirst().orElseThrow().getCell(7).setCellValue("研議。");
            wb.write(o);
        }
        Result dry = run("--data-dir", data, "import", "assignments", "--cycle", "2", "--dry-run", sheet.toString());
        assertThat(dry.out().lines()).contains(number + "\tnew\tMOJ");
        Result stored = run("--data-dir", data, "--lang", "en", "import", "assignments", "--cycle", "2", sheet.toString());
        assertThat(stored.exit()).as(stored.err()).isZero();
        assertThat(stored.out()).contains("1 point(s) assigned or changed");
    }

    @Test
    void theTableAndTheMidTermReportAreWritten() {
        for (String format : new String[] {"xlsx", "docx"}) {
            Path file = dir.resolve("followup." + format);
            Result r = run("--data-dir", data, "export", "followup", "--cycle", "2", "--format", format, "--lang", "en", "--out", file.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(file).exists();
        }
        Path midterm = dir.resolve("midterm.docx");
        assertThat(run("--data-dir", data, "export", "midterm", "--cycle", "2", "--lang", "zh", "--out", midterm.toString()).exit()).isZero();
        assertThat(midterm).exists();
        Result none = run("--data-dir", data, "--lang", "en", "export", "midterm", "--cycle", "3", "--lang", "en", "--out", dir.resolve("m3.docx").toString());
        assertThat(none.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(none.err()).contains("No observation of this cycle is assigned for follow-up yet");
        Result bad = run("--data-dir", data, "--lang", "en", "export", "followup", "--cycle", "2", "--format", "pdf", "--lang", "en",
                "--out", dir.resolve("f.pdf").toString());
        assertThat(bad.err()).contains("Unknown format \"pdf\"");
    }
}
