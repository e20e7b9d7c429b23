package org.uncacworkbench.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.review.Observation;

/**
 * The workbook an agency fills in a reporting round (填報表): one row per point it leads or supports,
 * the point's number and text locked, white cells for its status, results so far and next steps (in
 * Chinese, with English) and evidence; a second sheet for indicator values. A very hidden sheet
 * records which cycle, round and agency it was written for and what the locked cells held, so that
 * the returned workbook can be checked ({@link ProgressImport}).
 */
public final class RoundWorkbook {

    static final String PROGRESS_SHEET = "進度填報 Progress";
    static final String INDICATOR_SHEET = "績效指標 Indicators";
    static final String KEY_SHEET = "workbench";
    static final String MARKER = "uncac-workbench-round";
    static final int FORMAT = 1;
    /** First data row (0-based) on both visible sheets. */
    static final int FIRST_ROW = Sheets.FIRST_ROW;
    static final int STATUS_COL = 3;
    static final int VALUE_COL = 6;
    private static final String[] PROGRESS_HEADERS = {"點次\nNo.", "結論性意見\nObservation", "主辦／協辦\nRole", "辦理情形\nStatus",
        "現階段執行成果（中文）\nResults so far (Chinese)", "Results so far (English)", "後續策進方向及作法（中文）\nNext steps (Chinese)",
        "Next steps (English)", "佐證資料\nEvidence"};
    private static final int[] PROGRESS_WIDTHS = {7, 60, 10, 14, 50, 40, 50, 40, 30};
    private static final String[] INDICATOR_HEADERS = {"點次\nNo.", "績效指標\nIndicator", "單位\nUnit", "基準值\nBaseline", "目標值\nTarget",
        "目標日期\nTarget date", "本期達成值\nValue", "說明\nNote"};
    private static final int[] INDICATOR_WIDTHS = {7, 60, 10, 12, 12, 14, 14, 40};

    /** The status choices as the drop-down offers them; the import also takes either half alone. */
    static String statusChoice(OwnStatus s) {
        return switch (s) {
            case COMPLETED -> "已完成 Completed";
            case IN_PROGRESS -> "辦理中 In progress";
            case NOT_STARTED -> "尚未辦理 Not started";
            case NOT_APPLICABLE -> "不適用 Not applicable";
        };
    }

    /** What one agency's workbook holds. */
    public record Content(Cycle cycle, ReportingRound round, AgencyRef agency, List<Assignment> points, Map<Long, Observation> observations) {
    }

    /** The file name the workbook is offered under: 2027H1-MOJ.xlsx */
    public static String fileName(ReportingRound round, AgencyRef agency) {
        return round.label() + "-" + agency.code() + ".xlsx";
    }

    public void write(Content c, Path target) {
        Sheets.writeSafely(target, ".round-", out -> write(c, out));
    }

    public void write(Content c, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets.Styles st = new Sheets.Styles(wb);
            XSSFSheet progress = wb.createSheet(PROGRESS_SHEET);
            XSSFSheet indicators = wb.createSheet(INDICATOR_SHEET);
            XSSFSheet key = wb.createSheet(KEY_SHEET);
            String due = DateFormats.officialDate(c.round().dueOn(), Language.ZH_TW);
            Sheets.heading(progress, st, c.cycle().titleZh() + " 結論性意見追蹤管考　" + c.round().titleZh() + "填報表（" + c.agency().nameZh() + "）",
                    "填報期限：" + due + "。點次、結論性意見及角色欄已鎖定，請於白色欄位填寫；請勿新增、刪除或搬移列。", PROGRESS_HEADERS, PROGRESS_WIDTHS);
            Sheets.heading(indicators, st, c.round().titleZh() + "績效指標達成值（" + c.agency().nameZh() + "）",
                    "請於「本期達成值」欄填入數字（勿填文字或公式）；說明欄可補充。", INDICATOR_HEADERS, INDICATOR_WIDTHS);
            Row keyRow = key.createRow(0);
            keyRow.createCell(0).setCellValue(MARKER);
            keyRow.createCell(1).setCellValue(FORMAT);
            keyRow.createCell(2).setCellValue(c.cycle().number());
            keyRow.createCell(3).setCellValue(c.round().label());
            keyRow.createCell(4).setCellValue(c.agency().code());
            int p = FIRST_ROW;
            int i = FIRST_ROW;
            int k = 1;
            for (Assignment a : c.points()) {
                Observation o = c.observations().get(a.observationId());
                Row row = progress.createRow(p++);
                Sheets.cell(row, 0, st.locked).setCellValue(o.number());
                Sheets.cell(row, 1, st.locked).setCellValue(o.text(Language.ZH_TW));
                Sheets.cell(row, 2, st.locked).setCellValue(a.lead().code().equals(c.agency().code()) ? "主辦 Lead" : "協辦 Support");
                for (int col = STATUS_COL; col < PROGRESS_HEADERS.length; col++) {
                    Sheets.cell(row, col, st.input);
                }
                Sheets.fitHeight(row, PROGRESS_WIDTHS);
                Row kr = key.createRow(k++);
                kr.createCell(0).setCellValue("point");
                kr.createCell(1).setCellValue(o.number());
                kr.createCell(2).setCellValue(o.text(Language.ZH_TW));
                kr.createCell(3).setCellValue(a.id());
                for (Assignment.Indicator ind : a.indicators()) {
                    Row ir = indicators.createRow(i++);
                    Sheets.cell(ir, 0, st.locked).setCellValue(o.number());
                    Sheets.cell(ir, 1, st.locked).setCellValue(ind.description(Language.ZH_TW));
                    Sheets.cell(ir, 2, st.locked).setCellValue(ind.unit() == null ? "" : ind.unit());
                    Sheets.number(Sheets.cell(ir, 3, st.locked), ind.baseline());
                    Sheets.number(Sheets.cell(ir, 4, st.locked), ind.target());
                    Sheets.cell(ir, 5, st.locked).setCellValue(ind.targetOn() == null ? "" : DateFormats.date(ind.targetOn(), Language.ZH_TW));
                    Sheets.cell(ir, VALUE_COL, st.number);
                    Sheets.cell(ir, 7, st.input);
                    Sheets.fitHeight(ir, INDICATOR_WIDTHS);
                    Row ki = key.createRow(k++);
                    ki.createCell(0).setCellValue("indicator");
                    ki.createCell(1).setCellValue(o.number());
                    ki.createCell(2).setCellValue(ind.description(Language.ZH_TW));
                    ki.createCell(3).setCellValue(ind.id());
                }
            }
            if (p > FIRST_ROW) {
                var helper = progress.getDataValidationHelper();
                DataValidationConstraint list = helper.createExplicitListConstraint(java.util.Arrays.stream(OwnStatus.values())
                        .map(RoundWorkbook::statusChoice).toArray(String[]::new));
                DataValidation v = helper.createValidation(list, new CellRangeAddressList(FIRST_ROW, p - 1, STATUS_COL, STATUS_COL));
                v.setShowErrorBox(true);
                progress.addValidationData(v);
            }
            if (i > FIRST_ROW) {
                var helper = indicators.getDataValidationHelper();
                DataValidation v = helper.createValidation(helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "-1E15", "1E15"), new CellRangeAddressList(FIRST_ROW, i - 1, VALUE_COL, VALUE_COL));
                v.setShowErrorBox(true);
                v.createErrorBox("數字 Number", "請填入數字。Please type a number.");
                indicators.addValidationData(v);
            }
            for (XSSFSheet s : List.of(progress, indicators)) {
                s.createFreezePane(2, FIRST_ROW);
                Sheets.printSetup(s);
                s.protectSheet("");
                s.lockFormatColumns(false);
                s.lockFormatRows(false);
                s.lockAutoFilter(false);
            }
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.getProperties().getCoreProperties().setCreator("UNCAC Review Workbench");
            wb.getProperties().getCoreProperties().setTitle(c.round().label() + " " + c.agency().code());
            wb.write(out);
        }
    }
}
