package org.uncacworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.WorkbenchException;

/** The reviewers' list of issues comes as Word or Excel: read, shown, and saved all or none. */
class QuestionImportTest {

    @TempDir
    Path dir;
    App app;
    long cycle2;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir.resolve("data"));
        cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path word(String... paragraphs) throws Exception {
        Path file = dir.resolve("issues.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return file;
    }

    private Path excel(String[]... rows) throws Exception {
        Path file = dir.resolve("issues.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("List of issues");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        return file;
    }

    @Test
    void aWordListOfIssuesGivesOneQuestionPerNumberedParagraphWithTheArticlesItNames() throws Exception {
        List<QuestionImport.Read> read = QuestionImport.read(word("List of issues for Taiwan",
                "1. Under Article 5, how are the indicators measured?",
                "Please give figures for 2020 and 2021.",
                "2) How do articles 15 and 16 apply to foreign officials?",
                "Q3 What does Art. 33 protect in practice?",
                "4. A general question about the review."));
        assertThat(read).extracting(QuestionImport.Read::articles).containsExactly("5", "15, 16", "33", "");
        assertThat(QuestionImport.articlesNamed("請說明第33條及第 5 條之執行情形")).isEqualTo("5, 33");
        assertThat(QuestionImport.articlesNamed("Articles 12-14 and 71; not 2021")).isEqualTo("12, 13, 14, 71");
        assertThat(read.getFirst().textEn()).isEqualTo("Under Article 5, how are the indicators measured?\n\nPlease give figures for 2020 and 2021.");

        int before = app.questions().questions(cycle2).size();
        List<WrittenQuestion> saved = app.questions().importAll(cycle2, read, app.reviews().reviewers(cycle2), LocalDate.of(2022, 5, 16), "lin");
        assertThat(saved).extracting(WrittenQuestion::number).containsExactly(before + 1, before + 2, before + 3, before + 4);
        assertThat(saved.get(1).articles()).containsExactly(15, 16);
        assertThat(saved.get(3).general()).isTrue();
    }

    @Test
    void anExcelListOfIssuesReadsItsColumnsByTheirHeadersAndMatchesTheReviewer() throws Exception {
        List<QuestionImport.Read> read = QuestionImport.read(excel(
                new String[] {"No.", "Article(s)", "Question", "Chinese translation", "Reviewer"},
                new String[] {"1", "12-13", "How is lobbying registered?", "遊說如何登記？", "Aiko Tanaka"},
                new String[] {"", "", "", "", ""},
                new String[] {"2", "", "A general question.", "", ""}));
        assertThat(read).hasSize(2);
        List<WrittenQuestion> saved = app.questions().importAll(cycle2, read, app.reviews().reviewers(cycle2), LocalDate.of(2022, 5, 16), "lin");
        assertThat(saved.getFirst().articles()).containsExactly(12, 13);
        assertThat(saved.getFirst().textZh()).isEqualTo("遊說如何登記？");
        assertThat(saved.getFirst().reviewerName()).isEqualTo("Aiko Tanaka");
        assertThat(saved.get(1).reviewerId()).isNull();
    }

    @Test
    void oneBadQuestionImportsNothingAndSaysWhereItIs() throws Exception {
        List<QuestionImport.Read> read = QuestionImport.read(excel(
                new String[] {"Question", "Article"},
                new String[] {"How are assets recovered?", "51"},
                new String[] {"請說明", "52"},
                new String[] {"Why?", "99"}));
        int before = app.questions().questions(cycle2).size();
        try {
            app.questions().importAll(cycle2, read, List.of(), LocalDate.of(2022, 5, 16), "lin");
            throw new AssertionError("imported");
        } catch (WorkbenchException e) {
            assertThat(e.userMessage().key()).isEqualTo("review.import.badQuestion");
            assertThat(e.userMessage().args().getFirst()).as("row 3 of the sheet").isEqualTo(3);
        }
        assertThat(app.questions().questions(cycle2)).hasSize(before);
    }

    @Test
    void aFileWithoutQuestionsIsRefusedSayingWhatItNeeds() throws Exception {
        for (Path file : new Path[] {word("A title", "Some text without numbers."), excel(new String[] {"Name", "Date"}, new String[] {"x", "y"})}) {
            try {
                QuestionImport.read(file);
                throw new AssertionError("read");
            } catch (WorkbenchException e) {
                assertThat(e.userMessage().key()).isIn("review.import.none", "review.import.noQuestionColumn");
            }
        }
    }
}
