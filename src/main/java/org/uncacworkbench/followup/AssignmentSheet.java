package org.uncacworkbench.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.review.Observation;

/**
 * The assignment sheet (指派表): the cycle's adopted points laid out as the follow-up table begins
 * (number, kind, articles, text) followed by what assigning them needs — lead and co-agencies, control
 * level, action plan — with milestones and indicators on sheets of their own. The secretariat writes
 * it, fills in many points at once and imports it back ({@link AssignmentImport}); what is already
 * assigned is written in, so a re-import changes only what was edited.
 */
public final class AssignmentSheet {

    static final String ASSIGN_SHEET = "指派 Assignments";
    static final String MILESTONE_SHEET = "里程碑 Milestones";
    static final String INDICATOR_SHEET = "績效指標 Indicators";
    static final String AGENCY_SHEET = "機關 Agencies";
    static final String KEY_SHEET = "workbench";
    static final String MARKER = "uncac-workbench-assignments";
    static final int FORMAT = 1;
    static final int LEAD_COL = 4;
    static final int CO_COL = 5;
    static final int LEVEL_COL = 6;
    static final int PLAN_ZH_COL = 7;
    static final int PLAN_EN_COL = 8;
    private static final String[] ASSIGN_HEADERS = {"點次\nNo.", "類別\nKind", "條文\nArticles", "結論性意見\nObservation",
        "主辦機關\nLead agency", "協辦機關（每行一個）\nCo-agencies (one per line)", "列管層級\nControl level",
        "具體措施（中文）\nAction plan (Chinese)", "Action plan (English)"};
    private static final int[] ASSIGN_WIDTHS = {7, 14, 10, 50, 26, 30, 16, 50, 40};
    private static final String[] MILESTONE_HEADERS = {"點次\nNo.", "工作項目（中文）\nMilestone (Chinese)", "Milestone (English)",
        "預定完成日\nDue", "實際完成日\nCompleted"};
    private static final int[] MILESTONE_WIDTHS = {7, 50, 40, 14, 14};
    private static final String[] INDICATOR_HEADERS = {"點次\nNo.", "指標代號（勿改）\nRef (keep)", "績效指標（中文）\nIndicator (Chinese)",
        "Indicator (English)", "單位\nUnit", "基準值\nBaseline", "目標值\nTarget", "目標日期\nTarget date"};
    private static final int[] INDICATOR_WIDTHS = {7, 12, 50, 40, 10, 12, 12, 14};

    /** A control level as the drop-down offers it: 院列管 Executive Yuan control. */
    static String levelChoice(ControlLevel level) {
        return Messages.of(Language.ZH_TW).get(level.key()) + " " + Messages.of(Language.EN).get(level.key());
    }

    /** An agency as the sheet names it; the import also takes its code or either name alone. */
    static String agencyChoice(AgencyRef a) {
        return a.label(Language.ZH_TW);
    }

    /** The file name offered, without its extension: 第2次-指派表 / assignments-2 */
    public static String fileName(Cycle cycle, Language language) {
        return Messages.of(language).format("followup.assignSheet.fileName", cycle.number());
    }

    public void write(Cycle cycle, FollowupSnapshot s, List<Agency> agencies, Path target) {
        Sheets.writeSafely(target, ".assignments-", out -> write(cycle, s, agencies, out));
    }

    void write(Cycle cycle, FollowupSnapshot s, List<Agency> agencies, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets.Styles st = new Sheets.Styles(wb);
            XSSFSheet assign = wb.createSheet(ASSIGN_SHEET);
            XSSFSheet milestones = wb.createSheet(MILESTONE_SHEET);
            XSSFSheet indicators = wb.createSheet(INDICATOR_SHEET);
            XSSFSheet directory = wb.createSheet(AGENCY_SHEET);
            XSSFSheet key = wb.createSheet(KEY_SHEET);
            Sheets.heading(assign, st, cycle.titleZh() + " 結論性意見指派表 Assignment sheet",
                    "灰色欄僅供參考；請於白色欄填寫主辦機關、協辦機關、列管層級及具體措施，里程碑與績效指標請填於其他工作表（以點次對應）。"
                            + "未填主辦機關的點次不指派。 Grey columns are for reference; fill in the white ones.", ASSIGN_HEADERS, ASSIGN_WIDTHS);
            Sheets.heading(milestones, st, "里程碑 Milestones", "每列一個里程碑，以點次對應；日期請填 2027-06-30 或 116/6/30。"
                    + " One milestone per row, by point number.", MILESTONE_HEADERS, MILESTONE_WIDTHS);
            Sheets.heading(indicators, st, "績效指標 Indicators", "每列一項指標，以點次對應；新增指標時指標代號留白，既有指標請保留其代號。"
                    + " Leave Ref blank for a new indicator; keep it for an existing one.", INDICATOR_HEADERS, INDICATOR_WIDTHS);
            Row keyRow = key.createRow(0);
            keyRow.createCell(0).setCellValue(MARKER);
            keyRow.createCell(1).setCellValue(FORMAT);
            keyRow.createCell(2).setCellValue(cycle.number());
            int r = Sheets.FIRST_ROW;
            int m = Sheets.FIRST_ROW;
            int i = Sheets.FIRST_ROW;
            for (FollowupSnapshot.Row row : s.rows()) {
                Observation o = row.observation();
                Assignment a = row.assignment();
                Row x = assign.createRow(r++);
                Sheets.cell(x, 0, st.locked).setCellValue(o.number());
                Sheets.cell(x, 1, st.locked).setCellValue(o.group() == null ? "" : o.group().name(Language.ZH_TW));
                Sheets.cell(x, 2, st.locked).setCellValue(String.join("、", o.articles().stream().map(String::valueOf).toList()));
                Sheets.cell(x, 3, st.locked).setCellValue(o.text(Language.ZH_TW));
                Sheets.cell(x, LEAD_COL, st.input).setCellValue(a == null ? "" : agencyChoice(a.lead()));
                Sheets.cell(x, CO_COL, st.input).setCellValue(a == null ? ""
                        : String.join("\n", a.coAgencies().stream().map(AssignmentSheet::agencyChoice).toList()));
                Sheets.cell(x, LEVEL_COL, st.input).setCellValue(a == null ? "" : levelChoice(a.controlLevel()));
                Sheets.cell(x, PLAN_ZH_COL, st.input).setCellValue(a == null ? "" : a.planZh());
                Sheets.cell(x, PLAN_EN_COL, st.input).setCellValue(a == null || a.planEn() == null ? "" : a.planEn());
                Sheets.fitHeight(x, ASSIGN_WIDTHS);
                if (a == null) {
                    continue;
                }
                for (Assignment.Milestone ms : a.milestones()) {
                    Row y = milestones.createRow(m++);
                    Sheets.cell(y, 0, st.input).setCellValue(o.number());
                    Sheets.cell(y, 1, st.input).setCellValue(ms.titleZh());
                    Sheets.cell(y, 2, st.input).setCellValue(ms.titleEn() == null ? "" : ms.titleEn());
                    date(Sheets.cell(y, 3, st.date), ms.dueOn());
                    date(Sheets.cell(y, 4, st.date), ms.completedOn());
                    Sheets.fitHeight(y, MILESTONE_WIDTHS);
                }
                for (Assignment.Indicator ind : a.indicators()) {
                    Row y = indicators.createRow(i++);
                    Sheets.cell(y, 0, st.input).setCellValue(o.number());
                    Sheets.cell(y, 1, st.locked).setCellValue(ind.id());
                    Sheets.cell(y, 2, st.input).setCellValue(ind.descriptionZh());
                    Sheets.cell(y, 3, st.input).setCellValue(ind.descriptionEn() == null ? "" : ind.descriptionEn());
                    Sheets.cell(y, 4, st.input).setCellValue(ind.unit() == null ? "" : ind.unit());
                    Sheets.number(Sheets.cell(y, 5, st.number), ind.baseline());
                    Sheets.number(Sheets.cell(y, 6, st.number), ind.target());
                    date(Sheets.cell(y, 7, st.date), ind.targetOn());
                    Sheets.fitHeight(y, INDICATOR_WIDTHS);
                }
            }
            directory.createRow(0).createCell(0).setCellValue("代碼 Code");
            directory.getRow(0).createCell(1).setCellValue("中文名稱 Name (Chinese)");
            directory.getRow(0).createCell(2).setCellValue("English name");
            directory.getRow(0).createCell(3).setCellValue("選項 Choice");
            List<Agency> active = agencies.stream().filter(Agency::active).toList();
            for (int d = 0; d < active.size(); d++) {
                Agency ag = active.get(d);
                Row y = directory.createRow(d + 1);
                y.createCell(0).setCellValue(ag.code());
                y.createCell(1).setCellValue(ag.nameZh());
                y.createCell(2).setCellValue(ag.nameEn());
                y.createCell(3).setCellValue(agencyChoice(ag.ref()));
            }
            int[] dirWidths = {10, 36, 50, 44};
            for (int c = 0; c < dirWidths.length; c++) {
                directory.setColumnWidth(c, dirWidths[c] * 256);
            }
            int last = Math.max(Sheets.FIRST_ROW + 500, r + 100);
            var helper = assign.getDataValidationHelper();
            if (!active.isEmpty()) {
                DataValidation lead = helper.createValidation(helper.createFormulaListConstraint(
                        "'" + AGENCY_SHEET + "'!$D$2:$D$" + (active.size() + 1)), new CellRangeAddressList(Sheets.FIRST_ROW, last, LEAD_COL, LEAD_COL));
                // a warning, not a stop: the import also takes a code or a name typed alone
                lead.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                lead.setShowErrorBox(true);
                assign.addValidationData(lead);
            }
            DataValidationConstraint levels = helper.createExplicitListConstraint(java.util.Arrays.stream(ControlLevel.values())
                    .map(AssignmentSheet::levelChoice).toArray(String[]::new));
            DataValidation level = helper.createValidation(levels, new CellRangeAddressList(Sheets.FIRST_ROW, last, LEVEL_COL, LEVEL_COL));
            level.setShowErrorBox(true);
            assign.addValidationData(level);
            for (XSSFSheet sh : List.of(assign, milestones, indicators)) {
                sh.createFreezePane(1, Sheets.FIRST_ROW);
                Sheets.printSetup(sh);
            }
            wb.setSheetVisibility(wb.getSheetIndex(key), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.getProperties().getCoreProperties().setCreator("UNCAC Review Workbench");
            wb.getProperties().getCoreProperties().setTitle(cycle.titleZh() + " 指派表");
            wb.write(out);
        }
    }

    private static void date(org.apache.poi.ss.usermodel.Cell cell, java.time.LocalDate day) {
        if (day != null) {
            cell.setCellValue(day);
        }
    }
}
