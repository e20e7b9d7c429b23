package org.uncacworkbench.followup;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Workbooks of a round filled as an agency fills them, for the tests. */
public final class FilledWorkbooks {

    private FilledWorkbooks() {
    }

    /** Every point "in progress" with its results and next steps, every indicator at 9. */
    public static void fillEveryPoint(Workbook wb) {
        Sheet s = wb.getSheet(RoundWorkbook.PROGRESS_SHEET);
        for (int r = RoundWorkbook.FIRST_ROW; r <= s.getLastRowNum(); r++) {
            s.getRow(r).getCell(3).setCellValue("辦理中 In progress");
            s.getRow(r).getCell(4).setCellValue("第 " + (int) s.getRow(r).getCell(0).getNumericCellValue() + " 點已召開會議研商。");
            s.getRow(r).getCell(6).setCellValue("持續辦理。");
        }
        Sheet v = wb.getSheet(RoundWorkbook.INDICATOR_SHEET);
        for (int r = RoundWorkbook.FIRST_ROW; r <= v.getLastRowNum(); r++) {
            v.getRow(r).getCell(RoundWorkbook.VALUE_COL).setCellValue(9);
        }
    }
}
