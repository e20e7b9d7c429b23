package org.uncacworkbench.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.review.Observation;

/**
 * The follow-up table (追蹤管考表) as a workbook, in one language: one row per adopted observation —
 * number, kind or theme, articles, text, lead and co-agencies, control level, latest progress,
 * indicator values against targets, assessment and decision — with filters and a frozen header.
 */
public final class FollowupTable {

    /** The table's rows as text, in the order of its columns; shared by the workbook and the Word table. */
    public static List<List<String>> rows(FollowupSnapshot s, Language language) {
        Messages m = Messages.of(language);
        String sep = language.isChinese() ? "、" : ", ";
        List<List<String>> out = new ArrayList<>();
        for (FollowupSnapshot.Row r : s.rows()) {
            Observation o = r.observation();
            Assignment a = r.assignment();
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(o.number()));
            cells.add(o.group() == null ? "" : o.group().name(language));
            cells.add(o.articles().isEmpty() ? m.get("followup.table.general")
                    : String.join(sep, o.articles().stream().map(String::valueOf).toList()));
            cells.add(o.text(language));
            cells.add(a == null ? "" : a.lead().name(language));
            cells.add(a == null ? "" : String.join(sep, a.coAgencies().stream().map(x -> x.name(language)).toList()));
            cells.add(a == null ? "" : m.get(a.controlLevel().key()));
            cells.add(r.latest() == null ? "" : r.latest().roundLabel() + (language.isChinese() ? "：" : ": ") + r.latest().text(language));
            cells.add(a == null ? "" : indicators(a, r.latest(), m, language));
            cells.add(r.grade() == null ? "" : s.scale().label(r.grade(), language));
            cells.add(m.get(r.tracking().key()));
            out.add(cells);
        }
        return out;
    }

    public static List<String> headers(Language language) {
        Messages m = Messages.of(language);
        return List.of(m.get("followup.column.no"), m.get("followup.table.group"), m.get("followup.table.articles"),
                m.get("followup.column.text"), m.get("followup.field.lead"), m.get("followup.field.co"), m.get("followup.field.level"),
                m.get("followup.table.latest"), m.get("followup.page.indicators"), m.get("followup.column.grade"),
                m.get("followup.column.tracking"));
    }

    private static String indicators(Assignment a, ProgressReport latest, Messages m, Language language) {
        List<String> lines = new ArrayList<>();
        for (Assignment.Indicator i : a.indicators()) {
            String unit = i.unit() == null ? "" : i.unit();
            var value = latest == null ? null : latest.values().get(i.id());
            lines.add(m.format("followup.table.indicator", i.description(language),
                    value == null ? "—" : value.stripTrailingZeros().toPlainString() + unit,
                    i.target() == null ? "—" : i.target().stripTrailingZeros().toPlainString() + unit));
        }
        return String.join("\n", lines);
    }

    public Path write(FollowupSnapshot s, String title, Language language, Path target) {
        Sheets.writeSafely(target, ".followup-", out -> write(s, title, language, out));
        return target;
    }

    void write(FollowupSnapshot s, String title, Language language, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(Messages.of(language).get("followup.table.sheet"));
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle body = wb.createCellStyle();
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            XSSFFont big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(big);
            var t = sheet.createRow(0).createCell(0);
            t.setCellValue(title);
            t.setCellStyle(titleStyle);
            List<String> headers = headers(language);
            Row h = sheet.createRow(1);
            int[] widths = {6, 16, 10, 60, 18, 22, 12, 50, 30, 16, 12};
            for (int c = 0; c < headers.size(); c++) {
                var cell = h.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(head);
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int r = 2;
            for (List<String> cells : rows(s, language)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.createCell(c);
                    if (c == 0) {
                        cell.setCellValue(Integer.parseInt(cells.get(c)));
                    } else {
                        cell.setCellValue(cells.get(c));
                    }
                    cell.setCellStyle(body);
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, headers.size() - 1));
            sheet.createFreezePane(1, 2);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, 0));
            wb.getProperties().getCoreProperties().setCreator("UNCAC Review Workbench");
            wb.getProperties().getCoreProperties().setTitle(title);
            wb.write(out);
        }
    }
}
