package org.uncacworkbench.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;

/** The follow-up table (.xlsx, .docx) and the mid-term report, read back from the files, on the demo's cycle 2. */
class FollowupDocumentsTest {

    @TempDir
    static Path dir;
    static App app;
    static long cycle2;

    @BeforeAll
    static void open() {
        app = TestWorkbench.withDemo(dir.resolve("data"));
        cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void theWorkbookHasARowPerAdoptedPointWithFiltersAndAFrozenHeader() throws Exception {
        Path file = app.roundDocuments().writeTable(cycle2, Language.ZH_TW, dir.resolve("table.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("第二次國家報告結論性意見追蹤管考表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("點次");
            assertThat(sheet.getLastRowNum()).as("30 points under the header").isEqualTo(31);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:K32");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            var p14 = sheet.getRow(15);
            assertThat(p14.getCell(0).getNumericCellValue()).isEqualTo(14);
            assertThat(p14.getCell(4).getStringCellValue()).isEqualTo("法務部");
            assertThat(p14.getCell(7).getStringCellValue()).isEqualTo("2024H1：草案已送行政院審查。");
            assertThat(p14.getCell(8).getStringCellValue()).isEqualTo("研修小組會議次數：8次（目標 8次）");
            assertThat(p14.getCell(9).getStringCellValue()).isEqualTo("B：部分落實");
            assertThat(p14.getCell(10).getStringCellValue()).isEqualTo("列管中");
        }
    }

    @Test
    void theMidTermReportCitesEachAssignedPointWithItsResultsAndNextSteps() throws Exception {
        Path file = app.midtermReport().export(cycle2, Language.ZH_TW, dir.resolve("midterm.docx"), DocxEngine.Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("評估及列管情形總表", "挑戰及建議");
            assertThat(text).contains("【第4點】政府應為行動方案訂定成果指標")
                    .contains("現階段執行成果：外部評估已完成期中報告。（2024H1 填報）")
                    .contains("後續策進方向及作法：外部評估預計於2024年底完成")
                    .contains("評估：B：部分落實；列管決定：繼續列管：外部評估尚未完成。")
                    .doesNotContain("【第1點】").as("points not assigned are counted, not listed");
            assertThat(doc.getTables().getFirst().getRow(11).getCell(1).getText()).as("all adopted points").isEqualTo("30");
            assertThat(doc.getAllPictures()).as("the chart of points by assessment").singleElement()
                    .satisfies(p -> assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(p.getData())).getWidth()).isEqualTo(1200));
        }
        Path en = app.midtermReport().export(cycle2, Language.EN, dir.resolve("midterm-en.docx"), DocxEngine.Progress.NONE);
        try (InputStream in = Files.newInputStream(en); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("para. 4 The Government should adopt outcome indicators")
                    .contains("Results so far: The external evaluation delivered its interim report. (reported in 2024H1)")
                    .doesNotContain("現階段");
        }
    }

    @Test
    void theWordTableKeepsToFiveColumnsAPortraitPageHolds() throws Exception {
        Path file = app.midtermReport().exportTable(cycle2, Language.EN, dir.resolve("table.docx"), DocxEngine.Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            var table = doc.getTables().getFirst();
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("No.", "Observation", "Lead agency", "Latest progress", "Standing");
            assertThat(table.getNumberOfRows()).isEqualTo(31);
            assertThat(table.getRow(7).getCell(4).getText()).contains("Released").contains("A: largely implemented");
            assertThat(table.getRow(4).getCell(3).getText()).as("an English round label is followed by an English colon")
                    .startsWith("2024H1: ").doesNotContain("：");
            var body = doc.getBodyElements();
            int coverEnd = body.indexOf(doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .findFirst().orElseThrow());
            assertThat(body.get(coverEnd + 1)).as("a paragraph stands between the cover's section break and the table, "
                    + "or LibreOffice lays the table out on the cover").isInstanceOf(org.apache.poi.xwpf.usermodel.XWPFParagraph.class);
            assertThat(body.get(coverEnd + 2)).isInstanceOf(org.apache.poi.xwpf.usermodel.XWPFTable.class);
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText()).as("typographic apostrophes on the cover")
                    .contains("review\u2019s concluding observations").doesNotContain("review's");
        }
    }
}
