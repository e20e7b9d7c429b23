package org.uncacworkbench.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** What the follow-up's working workbooks share: their styles, heading, cell reading and safe writing. */
final class Sheets {

    /** First data row (0-based) of every working sheet: title, note, a blank row, the header. */
    static final int FIRST_ROW = 4;

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    private Sheets() {
    }

    /** Writes through a temporary file in the target's folder, then moves it into place. */
    static void writeSafely(Path target, String prefix, Writer writer) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, prefix, ".xlsx");
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new WorkbenchException(UserMessage.of("followup.workbook.notWritten", target.toString(), e.getMessage()), e);
        }
    }

    /** Writes a workbook to a stream. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** A cell's text, stripped; null when blank. */
    static String plain(Cell cell) {
        if (cell == null) {
            return null;
        }
        String t = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : FORMATTER.formatCellValue(cell);
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** A cell as Excel names it: D7. */
    static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }

    /** Title, note and header rows, with the columns' widths. */
    static void heading(XSSFSheet s, Styles st, String title, String note, String[] headers, int[] widths) {
        cell(s.createRow(0), 0, st.title).setCellValue(title);
        cell(s.createRow(1), 0, st.note).setCellValue(note);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
        s.addMergedRegion(new CellRangeAddress(1, 1, 0, headers.length - 1));
        Row h = s.createRow(FIRST_ROW - 1);
        h.setHeightInPoints(34);
        for (int col = 0; col < headers.length; col++) {
            cell(h, col, st.header).setCellValue(headers[col]);
            s.setColumnWidth(col, widths[col] * 256);
        }
    }

    /** Printed as agencies print it: A4 across, one page wide, the header row on every page. */
    static void printSetup(XSSFSheet s) {
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setRepeatingRows(new CellRangeAddress(FIRST_ROW - 1, FIRST_ROW - 1, 0, 0));
    }

    /**
     * Sets the row as tall as its wrapped text needs in columns {@code widths} (in characters): Excel
     * and Calc do not grow a row written with wrapped text on opening. A CJK character is two wide.
     */
    static void fitHeight(Row row, int[] widths) {
        int lines = 1;
        for (Cell c : row) {
            if (c.getColumnIndex() >= widths.length || c.getCellType() != CellType.STRING) {
                continue;
            }
            int room = Math.max(1, widths[c.getColumnIndex()] - 1);
            int needed = 0;
            for (String line : c.getStringCellValue().split("\n", -1)) {
                int w = line.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 ? 2 : 1).sum();
                needed += Math.max(1, (w + room - 1) / room);
            }
            lines = Math.max(lines, needed);
        }
        row.setHeightInPoints(Math.min(409, lines * 15f + 2));
    }

    static Cell cell(Row row, int col, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        return cell;
    }

    static void number(Cell cell, java.math.BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    /** The working workbooks' few styles: locked grey, white to fill, a shaded header. */
    static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle locked;
        final CellStyle input;
        final CellStyle number;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            XSSFFont big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            note = wb.createCellStyle();
            header = boxed(wb, true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked = boxed(wb, true);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input = boxed(wb, false);
            number = boxed(wb, false);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
            date = boxed(wb, false);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        private static CellStyle boxed(XSSFWorkbook wb, boolean lock) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setLocked(lock);
            return s;
        }
    }
}
