package org.uncacworkbench.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * The Excel round trip of a reporting round: the workbook an agency is sent, filled the way agencies
 * fill it, imported; and every way a returned workbook can be wrong refused with the sheet, row and
 * cell named and nothing stored.
 */
class RoundWorkbookTest {

    /** The round the fixture re-saved by LibreOffice Calc was written for. */
    static RoundDraft round2025() {
        return RoundDraft.halfYear(2025, 1, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 15));
    }

    @TempDir
    Path dir;
    App app;
    long cycle2;
    ReportingRound round;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir.resolve("data"));
        cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
        round = app.followup().openRound(cycle2, round2025(), "lin");
    }

    @AfterEach
    void close() {
        app.close();
    }

    Path workbookFor(String agency) {
        return app.roundDocuments().write(round, agency, dir.resolve("out"), DocxEngine.Progress.NONE, "lin").getFirst();
    }

    /** The workbook changed as an agency would, through POI, saved under a new name. */
    Path filled(Path book, String name, Consumer<Workbook> fill) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(book); Workbook wb = new XSSFWorkbook(in); OutputStream o = Files.newOutputStream(out)) {
            fill.accept(wb);
            wb.write(o);
        }
        return out;
    }

    long reports() {
        return TestWorkbench.number(app, "SELECT COUNT(*) FROM progress_report");
    }

    String refusal(Path file, String agency) {
        long before = reports();
        try {
            app.roundDocuments().plan(round, agency, file);
        } catch (WorkbenchException e) {
            assertThat(reports()).as("nothing stored").isEqualTo(before);
            return Messages.of(Language.ZH_TW).text(e.userMessage());
        }
        throw new AssertionError("not refused: " + file);
    }

    @Test
    void theWorkbookHoldsOnlyTheAgencysTrackedPointsWithTheirTextLocked() throws Exception {
        Path book = workbookFor("MOJ");
        assertThat(book.getFileName().toString()).isEqualTo("2025H1-MOJ.xlsx");
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(RoundWorkbook.PROGRESS_SHEET);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("2025 年上半年填報表（法務部）");
            assertThat(s.getLastRowNum() - RoundWorkbook.FIRST_ROW + 1).as("6, 14, 19, 21, 23, 30").isEqualTo(6);
            assertThat(s.getRow(RoundWorkbook.FIRST_ROW).getCell(0).getNumericCellValue()).isEqualTo(6);
            assertThat(s.getRow(RoundWorkbook.FIRST_ROW + 4).getCell(2).getStringCellValue()).as("point 23: AAC leads").isEqualTo("協辦 Support");
            assertThat(wb.getSheetAt(0).getProtect()).isTrue();
            assertThat(s.getRow(RoundWorkbook.FIRST_ROW).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(s.getRow(RoundWorkbook.FIRST_ROW).getCell(4).getCellStyle().getLocked()).isFalse();
            assertThat(s.getDataValidations()).singleElement()
                    .satisfies(v -> assertThat(v.getValidationConstraint().getExplicitListValues()).contains("已完成 Completed"));
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(RoundWorkbook.KEY_SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            Sheet v = wb.getSheet(RoundWorkbook.INDICATOR_SHEET);
            assertThat(v.getRow(RoundWorkbook.FIRST_ROW).getCell(1).getStringCellValue()).isEqualTo("研修小組會議次數");
        }
        assertThat(app.followup().agencyStates(round)).filteredOn(a -> a.agency().code().equals("MOJ")).singleElement()
                .satisfies(a -> assertThat(a.sentOn()).isEqualTo(app.followup().today()));
    }

    @Test
    void aFilledWorkbookIsStoredAndACorrectedOneShowsWhatDiffers() throws Exception {
        Path book = workbookFor("MOJ");
        Path first = filled(book, "first.xlsx", FilledWorkbooks::fillEveryPoint);
        ProgressImport.Plan plan = app.roundDocuments().plan(round, "MOJ", first);
        assertThat(plan.agency().code()).isEqualTo("MOJ");
        assertThat(plan.changes()).extracting(ProgressImport.Change::kind).containsOnly(ProgressImport.ChangeKind.NEW).hasSize(6);
        assertThat(app.followup().apply(plan, "lin")).isEqualTo(6);
        FollowupSnapshot s = app.followup().snapshot(cycle2);
        ProgressReport p14 = s.reports().stream().filter(r -> r.roundLabel().equals("2025H1") && r.textZh().startsWith("第 14 點")).findFirst().orElseThrow();
        assertThat(p14.ownStatus()).isEqualTo(OwnStatus.IN_PROGRESS);
        assertThat(p14.nextStepsZh()).isEqualTo("持續辦理。");
        assertThat(p14.values().values()).singleElement().satisfies(x -> assertThat(x).isEqualByComparingTo("9"));
        assertThat(app.followup().agencyStates(round)).filteredOn(a -> a.agency().code().equals("MOJ")).singleElement()
                .satisfies(a -> assertThat(a.returnedOn()).isNotNull());

        Path corrected = filled(first, "corrected.xlsx", wb -> wb.getSheet(RoundWorkbook.PROGRESS_SHEET).getRow(RoundWorkbook.FIRST_ROW + 1)
                .getCell(4).setCellValue("草案已送行政院。"));
        ProgressImport.Plan again = app.roundDocuments().plan(round, "MOJ", corrected);
        assertThat(again.again()).isTrue();
        assertThat(again.changes()).filteredOn(c -> c.kind() == ProgressImport.ChangeKind.CHANGED).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(14);
            assertThat(c.before().textZh()).startsWith("第 14 點");
            assertThat(c.entry().textZh()).isEqualTo("草案已送行政院。");
        });
        assertThat(again.count(ProgressImport.ChangeKind.UNCHANGED)).isEqualTo(5);
        long before = reports();
        assertThat(app.followup().apply(again, "lin")).isEqualTo(1);
        assertThat(reports()).as("updated in place").isEqualTo(before);
    }

    @Test
    void aWorkbookLibreOfficeCalcSavedAgainIsReadAsExcelsIs() throws Exception {
        // written for MOJ in round 2025H1 on the demo, filled, then opened and saved by LibreOffice Calc 7
        Path fixture = dir.resolve("calc.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/followup/2025H1-MOJ-calc.xlsx")) {
            Files.copy(in, fixture);
        }
        ProgressImport.Plan plan = app.roundDocuments().plan(round, "MOJ", fixture);
        assertThat(plan.changes()).extracting(ProgressImport.Change::kind).containsOnly(ProgressImport.ChangeKind.NEW);
        assertThat(plan.changes()).filteredOn(c -> c.number() == 14).singleElement()
                .satisfies(c -> assertThat(c.entry().values().values()).singleElement().satisfies(x -> assertThat(x).isEqualByComparingTo("9")));
    }

    @Test
    void anotherAgencysOrRoundsWorkbookIsRefused() throws Exception {
        Path moi = filled(workbookFor("AAC"), "aac.xlsx", FilledWorkbooks::fillEveryPoint);
        assertThat(refusal(moi, "MOJ")).isEqualTo("未匯入任何資料：這份活頁簿是 AAC 的，不是 MOJ 的。");
        ReportingRound later = app.followup().openRound(cycle2, RoundDraft.halfYear(2025, 2, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 15)), "lin");
        long before = reports();
        try {
            app.roundDocuments().plan(later, null, moi);
            throw new AssertionError("not refused");
        } catch (WorkbenchException e) {
            assertThat(Messages.of(Language.ZH_TW).text(e.userMessage())).isEqualTo("未匯入任何資料：這份活頁簿是 2025H1 填報回合的，不是 2025H2。");
        }
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void aChangedLockedCellTextInANumberCellAndAFormulaAreEachNamed() throws Exception {
        Path book = workbookFor("MOJ");
        Path bad = filled(book, "bad.xlsx", wb -> {
            FilledWorkbooks.fillEveryPoint(wb);
            wb.getSheet(RoundWorkbook.PROGRESS_SHEET).getRow(RoundWorkbook.FIRST_ROW).getCell(1).setCellValue("改過的意見");
            wb.getSheet(RoundWorkbook.PROGRESS_SHEET).getRow(RoundWorkbook.FIRST_ROW + 2).getCell(3).setCellValue("快完成了");
            wb.getSheet(RoundWorkbook.INDICATOR_SHEET).getRow(RoundWorkbook.FIRST_ROW).getCell(RoundWorkbook.VALUE_COL).setCellValue("約 8 次");
        });
        assertThat(refusal(bad, "MOJ")).startsWith("未從 bad.xlsx 匯入任何資料：")
                .contains("工作表「進度填報 Progress」儲存格 B5：第 6 點的意見內容已被修改")
                .contains("儲存格 D7：「快完成了」不是辦理情形的選項")
                .contains("工作表「績效指標 Indicators」儲存格 G5：「約 8 次」不是數字");
        Path formula = filled(book, "formula.xlsx", wb -> {
            FilledWorkbooks.fillEveryPoint(wb);
            wb.getSheet(RoundWorkbook.INDICATOR_SHEET).getRow(RoundWorkbook.FIRST_ROW).getCell(RoundWorkbook.VALUE_COL).setCellFormula("4+5");
        });
        assertThat(refusal(formula, "MOJ")).contains("儲存格 G5：含有公式，請直接填入數值。");
    }

    @Test
    void rowsDeletedMovedOrAddedAreRefused() throws Exception {
        Path book = workbookFor("MOJ");
        Path deleted = filled(book, "deleted.xlsx", wb -> {
            FilledWorkbooks.fillEveryPoint(wb);
            Sheet s = wb.getSheet(RoundWorkbook.PROGRESS_SHEET);
            s.shiftRows(RoundWorkbook.FIRST_ROW + 2, s.getLastRowNum(), -1);
        });
        assertThat(refusal(deleted, "MOJ")).contains("第 6 列：應為第 14 點，卻是 19。請勿刪除、新增或搬移列。");
        Path swapped = filled(book, "swapped.xlsx", wb -> {
            FilledWorkbooks.fillEveryPoint(wb);
            Sheet s = wb.getSheet(RoundWorkbook.PROGRESS_SHEET);
            var a = s.getRow(RoundWorkbook.FIRST_ROW).getCell(0);
            var b = s.getRow(RoundWorkbook.FIRST_ROW + 1).getCell(0);
            double x = a.getNumericCellValue();
            a.setCellValue(b.getNumericCellValue());
            b.setCellValue(x);
        });
        assertThat(refusal(swapped, "MOJ")).contains("第 5 列：應為第 6 點，卻是 14。");
        Path added = filled(book, "added.xlsx", wb -> {
            FilledWorkbooks.fillEveryPoint(wb);
            Sheet s = wb.getSheet(RoundWorkbook.PROGRESS_SHEET);
            s.createRow(s.getLastRowNum() + 1).createCell(4).setCellValue("另一點");
        });
        assertThat(refusal(added, "MOJ")).contains("第 11 列：在各點之下新增了列");
    }

    @Test
    void anEmptyDamagedHugeOrForeignFileIsRefused() throws Exception {
        Path book = workbookFor("MOJ");
        assertThat(refusal(book, "MOJ")).isEqualTo("未匯入任何資料：2025H1-MOJ.xlsx 未填報任何一點：各列仍是空白。");
        Path damaged = dir.resolve("damaged.xlsx");
        byte[] bytes = Files.readAllBytes(book);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(refusal(damaged, "MOJ")).contains("無法讀取 damaged.xlsx：檔案已損毀，或不是 Excel 活頁簿。");
        Path huge = dir.resolve("huge.xlsx");
        Files.write(huge, new byte[(int) ProgressImport.MAX_BYTES + 1]);
        assertThat(refusal(huge, "MOJ")).contains("huge.xlsx 超過 10 MB");
        Path foreign = dir.resolve("foreign.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(foreign)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("點次");
            wb.write(o);
        }
        assertThat(refusal(foreign, "MOJ")).contains("foreign.xlsx 不是工作臺為填報回合寫出的活頁簿");
    }
}
