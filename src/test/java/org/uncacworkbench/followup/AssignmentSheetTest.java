package org.uncacworkbench.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
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
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.Observation;

/**
 * Assigning many points at once: the assignment sheet written with what is assigned already, filled
 * through POI as the secretariat fills it in Excel, imported; every way it can be wrong refused with
 * the sheet and cell named and nothing stored.
 */
class AssignmentSheetTest {

    @TempDir
    Path dir;
    App app;
    long cycle2;
    Path sheet;
    FollowupSnapshot before;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir.resolve("data"));
        cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
        sheet = app.assignmentFiles().write(cycle2, dir.resolve("out/assignments.xlsx"));
        before = app.followup().snapshot(cycle2);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** The sheet changed as the secretariat would, saved under a new name. */
    Path filled(String name, Consumer<Workbook> fill) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(sheet); Workbook wb = new XSSFWorkbook(in); OutputStream o = Files.newOutputStream(out)) {
            fill.accept(wb);
            wb.write(o);
        }
        return out;
    }

    /** The row of point {@code number} on the first sheet. */
    static Row rowOf(Workbook wb, int number) {
        Sheet s = wb.getSheet(AssignmentSheet.ASSIGN_SHEET);
        for (int r = Sheets.FIRST_ROW; r <= s.getLastRowNum(); r++) {
            if ((int) s.getRow(r).getCell(0).getNumericCellValue() == number) {
                return s.getRow(r);
            }
        }
        throw new AssertionError("no row for point " + number);
    }

    /** Adds a row at the end of a sheet. */
    static Row append(Workbook wb, String sheetName, Object... cells) {
        Sheet s = wb.getSheet(sheetName);
        Row row = s.createRow(Math.max(s.getLastRowNum() + 1, Sheets.FIRST_ROW));
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c].toString());
            }
        }
        return row;
    }

    List<Observation> unassigned() {
        return before.rows().stream().filter(r -> r.assignment() == null).map(FollowupSnapshot.Row::observation).toList();
    }

    Assignment assigned(int number) {
        return app.followup().snapshot(cycle2).rows().stream().filter(r -> r.observation().number() == number).findFirst().orElseThrow()
                .assignment();
    }

    String refusal(Path file) {
        long assignments = TestWorkbench.number(app, "SELECT COUNT(*) FROM followup_assignment");
        long indicators = TestWorkbench.number(app, "SELECT COUNT(*) FROM performance_indicator");
        try {
            app.assignmentFiles().plan(cycle2, file);
        } catch (WorkbenchException e) {
            assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM followup_assignment")).as("nothing stored").isEqualTo(assignments);
            assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM performance_indicator")).isEqualTo(indicators);
            return Messages.of(Language.ZH_TW).text(e.userMessage());
        }
        throw new AssertionError("not refused: " + file);
    }

    @Test
    void theSheetListsEveryAdoptedPointWithWhatIsAssignedAndOffersTheChoices() throws Exception {
        assertThat(unassigned()).as("the demo leaves points to assign").isNotEmpty();
        Assignment a = before.assignments().getFirst();
        int number = before.rows().stream().filter(r -> r.assignment() == a).findFirst().orElseThrow().observation().number();
        try (InputStream in = Files.newInputStream(sheet); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(AssignmentSheet.ASSIGN_SHEET);
            assertThat(s.getLastRowNum() - Sheets.FIRST_ROW + 1).isEqualTo(before.observations().size());
            Row row = rowOf(wb, number);
            assertThat(row.getCell(AssignmentSheet.LEAD_COL).getStringCellValue()).isEqualTo(a.lead().label(Language.ZH_TW));
            assertThat(row.getCell(AssignmentSheet.LEVEL_COL).getStringCellValue()).isEqualTo(AssignmentSheet.levelChoice(a.controlLevel()));
            assertThat(row.getCell(AssignmentSheet.PLAN_ZH_COL).getStringCellValue()).isEqualTo(a.planZh());
            assertThat(s.getDataValidations()).hasSize(2);
            assertThat(wb.getSheet(AssignmentSheet.INDICATOR_SHEET).getLastRowNum() - Sheets.FIRST_ROW + 1)
                    .isEqualTo(before.assignments().stream().mapToInt(x -> x.indicators().size()).sum());
            assertThat(wb.getSheet(AssignmentSheet.AGENCY_SHEET).getLastRowNum()).isEqualTo(app.agencies().agencies().stream()
                    .filter(org.uncacworkbench.agency.Agency::active).count());
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(AssignmentSheet.KEY_SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
        }
        AssignmentImport.Plan plan = app.assignmentFiles().plan(cycle2, sheet);
        assertThat(plan.changes()).as("read back untouched: nothing changes").hasSize(before.assignments().size())
                .extracting(AssignmentImport.Change::kind).containsOnly(AssignmentImport.ChangeKind.UNCHANGED);
    }

    @Test
    void manyPointsAreAssignedAtOnceAndAnEditedOneIsChanged() throws Exception {
        Observation p = unassigned().get(0);
        Observation q = unassigned().get(1);
        Assignment a = before.assignments().getFirst();
        int aNumber = before.rows().stream().filter(r -> r.assignment() == a).findFirst().orElseThrow().observation().number();
        ControlLevel other = a.controlLevel() == ControlLevel.SELF ? ControlLevel.MINISTRY : ControlLevel.SELF;
        Path file = filled("filled.xlsx", wb -> {
            Row r = rowOf(wb, p.number());
            r.getCell(AssignmentSheet.LEAD_COL).setCellValue("法務部（MOJ）");
            r.getCell(AssignmentSheet.CO_COL).setCellValue("AAC\nMinistry of the Interior");
            r.getCell(AssignmentSheet.LEVEL_COL).setCellValue("部會列管");
            r.getCell(AssignmentSheet.PLAN_ZH_COL).setCellValue("研議修法。");
            Row s = rowOf(wb, q.number());
            s.getCell(AssignmentSheet.LEAD_COL).setCellValue("aac");
            s.getCell(AssignmentSheet.LEVEL_COL).setCellValue("Executive Yuan control");
            s.getCell(AssignmentSheet.PLAN_ZH_COL).setCellValue("辦理教育訓練。");
            s.getCell(AssignmentSheet.PLAN_EN_COL).setCellValue("Training.");
            rowOf(wb, aNumber).getCell(AssignmentSheet.LEVEL_COL).setCellValue(AssignmentSheet.levelChoice(other));
            append(wb, AssignmentSheet.MILESTONE_SHEET, p.number(), "完成草案", "Draft ready", "116/6/30");
            append(wb, AssignmentSheet.INDICATOR_SHEET, q.number(), null, "受訓人數", "People trained", "人", 0, "1,200", "2027-12-31");
        });
        AssignmentImport.Plan plan = app.assignmentFiles().plan(cycle2, file);
        assertThat(plan.count(AssignmentImport.ChangeKind.NEW)).isEqualTo(2);
        assertThat(plan.count(AssignmentImport.ChangeKind.CHANGED)).isEqualTo(1);
        assertThat(app.followup().assignAll(plan, "lin")).isEqualTo(3);

        Assignment ap = assigned(p.number());
        assertThat(ap.lead().code()).isEqualTo("MOJ");
        assertThat(ap.coAgencies()).extracting(org.uncacworkbench.agency.AgencyRef::code).containsExactlyInAnyOrder("AAC", "MOI");
        assertThat(ap.controlLevel()).isEqualTo(ControlLevel.MINISTRY);
        assertThat(ap.milestones()).singleElement().satisfies(m -> {
            assertThat(m.dueOn()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(m.titleEn()).isEqualTo("Draft ready");
        });
        Assignment aq = assigned(q.number());
        assertThat(aq.controlLevel()).isEqualTo(ControlLevel.EXECUTIVE_YUAN);
        assertThat(aq.planEn()).isEqualTo("Training.");
        assertThat(aq.indicators()).singleElement().satisfies(i -> {
            assertThat(i.target()).isEqualByComparingTo(new BigDecimal("1200"));
            assertThat(i.targetOn()).isEqualTo(LocalDate.of(2027, 12, 31));
        });
        Assignment changed = assigned(aNumber);
        assertThat(changed.controlLevel()).isEqualTo(other);
        assertThat(changed.indicators()).as("its indicators kept, by their Ref").extracting(Assignment.Indicator::id)
                .containsExactlyElementsOf(a.indicators().stream().map(Assignment.Indicator::id).toList());
        assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM audit_log WHERE action = 'import' AND entity_type = 'followup_assignment'"))
                .isEqualTo(1);
    }

    @Test
    void aSheetAssignedMeanwhileIsRefusedWhole() throws Exception {
        Observation p = unassigned().get(0);
        Observation q = unassigned().get(1);
        Path file = filled("two.xlsx", wb -> {
            for (Observation o : List.of(p, q)) {
                Row r = rowOf(wb, o.number());
                r.getCell(AssignmentSheet.LEAD_COL).setCellValue("MOJ");
                r.getCell(AssignmentSheet.LEVEL_COL).setCellValue("自行列管");
                r.getCell(AssignmentSheet.PLAN_ZH_COL).setCellValue("辦理。");
            }
        });
        AssignmentImport.Plan plan = app.assignmentFiles().plan(cycle2, file);
        app.followup().assign(q, null, new AssignmentDraft("AAC", List.of(), ControlLevel.SELF, "另案辦理。", null, List.of(), List.of()), "wang");
        assertThatThrownBy(() -> app.followup().assignAll(plan, "lin")).isInstanceOf(WorkbenchException.class);
        assertThat(assigned(p.number())).as("all or nothing").isNull();
        assertThat(assigned(q.number()).lead().code()).isEqualTo("AAC");
    }

    @Test
    void everyWrongCellIsNamedAndNothingIsStored() throws Exception {
        Observation p = unassigned().get(0);
        Observation q = unassigned().get(1);
        Observation r3 = unassigned().get(2);
        Assignment withValues = before.assignments().stream()
                .filter(a -> before.reports(a.id()).stream().anyMatch(x -> !x.values().isEmpty())).findFirst().orElseThrow();
        int wvNumber = before.rows().stream().filter(r -> r.assignment() == withValues).findFirst().orElseThrow().observation().number();
        Assignment assignedOne = before.assignments().stream().filter(a -> a != withValues).findFirst().orElseThrow();
        int aoNumber = before.rows().stream().filter(r -> r.assignment() == assignedOne).findFirst().orElseThrow().observation().number();
        Path file = filled("bad.xlsx", wb -> {
            Row a = rowOf(wb, p.number());
            a.getCell(AssignmentSheet.LEAD_COL).setCellValue("衛生福利部疾病管制署");
            a.getCell(AssignmentSheet.LEVEL_COL).setCellValue("部列管");
            a.getCell(AssignmentSheet.PLAN_ZH_COL).setCellFormula("\"研議\"");
            Row b = rowOf(wb, q.number());
            b.getCell(AssignmentSheet.LEAD_COL).setCellValue("MOJ");
            b.getCell(AssignmentSheet.LEVEL_COL).setCellValue("自行列管");
            rowOf(wb, aoNumber).getCell(AssignmentSheet.LEAD_COL).setCellValue("");
            append(wb, AssignmentSheet.ASSIGN_SHEET, 999, null, null, null, "MOJ");
            append(wb, AssignmentSheet.MILESTONE_SHEET, q.number(), "完成", null, "115年2月30日");
            append(wb, AssignmentSheet.MILESTONE_SHEET, r3.number(), "無主", null, "2027-01-01");
            append(wb, AssignmentSheet.INDICATOR_SHEET, q.number(), 99999, "件數", null, "件", "十", 5);
            Sheet ind = wb.getSheet(AssignmentSheet.INDICATOR_SHEET);
            for (int r = Sheets.FIRST_ROW; r <= ind.getLastRowNum(); r++) {
                Row row = ind.getRow(r);
                if (row != null && row.getCell(1) != null && withValues.indicators().stream()
                        .anyMatch(i -> i.id() == (long) row.getCell(1).getNumericCellValue())) {
                    ind.removeRow(row);
                }
            }
        });
        String why = refusal(file);
        assertThat(why).contains("「衛生福利部疾病管制署」", "「部列管」不是列管層級", "含有公式", "「999」不是本次已通過意見的點次",
                "第 " + aoNumber + " 點已指派，不能以清空主辦機關", "「115年2月30日」不是日期", "第 " + r3.number() + " 點在此有資料",
                "指標代號 99999 不屬於第 " + q.number() + " 點", "「十」不是數字", "第 " + wvNumber + " 點少了指標", "第 " + q.number() + " 點）：請填寫中文");
        assertThat(why).contains("工作表「指派 Assignments」儲存格 E" + (rowIndex(p.number()) + 1));
    }

    int rowIndex(int number) {
        List<Integer> numbers = before.rows().stream().map(r -> r.observation().number()).toList();
        return Sheets.FIRST_ROW + numbers.indexOf(number);
    }

    @Test
    void otherFilesAreRefusedForWhatTheyAre() throws Exception {
        Path other = filled("other.xlsx", wb -> wb.getSheet(AssignmentSheet.KEY_SHEET).getRow(0).getCell(2).setCellValue(1));
        assertThat(refusal(other)).contains("屬於第 1 次國家報告，不是第 2 次");
        Path empty = filled("empty.xlsx", wb -> {
            Sheet s = wb.getSheet(AssignmentSheet.ASSIGN_SHEET);
            for (int r = Sheets.FIRST_ROW; r <= s.getLastRowNum(); r++) {
                s.getRow(r).getCell(AssignmentSheet.LEAD_COL).setCellValue("");
            }
            wb.getSheet(AssignmentSheet.MILESTONE_SHEET).forEach(row -> { });
        });
        assertThat(refusal(empty)).contains("不能以清空主辦機關");
        Path damaged = dir.resolve("damaged.xlsx");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(refusal(damaged)).contains("已損毀");
        Path progress = dir.resolve("round.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(progress)) {
            wb.createSheet("進度填報 Progress");
            wb.write(o);
        }
        assertThat(refusal(progress)).contains("不是工作臺寫出的指派表");
    }
}
