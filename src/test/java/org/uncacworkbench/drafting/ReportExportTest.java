package org.uncacworkbench.drafting;

import org.uncacworkbench.export.DocumentSettings;
import org.uncacworkbench.export.DocxEngine;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.WorkbenchException;

/** Reads the exported report back and checks what a reader sees: headings, tables, footnotes, fonts, language. */
class ReportExportTest {

    @TempDir
    static Path dir;
    static App app;
    static XWPFDocument zh;
    static XWPFDocument en;

    @BeforeAll
    static void export() throws Exception {
        app = TestWorkbench.withDemo(dir.resolve("data"));
        ReportExporter exporter = new ReportExporter(app.cycles(), app.convention(), app.sections(), TestWorkbench.CLOCK);
        zh = open(exporter.export(2, Language.ZH_TW, Set.of(), dir.resolve("out/report-zh.docx"), DocxEngine.Progress.NONE));
        en = open(exporter.export(2, Language.EN, Set.of(), dir.resolve("out/report-en.docx"), DocxEngine.Progress.NONE));
    }

    @AfterAll
    static void close() throws Exception {
        zh.close();
        en.close();
        app.close();
    }

    static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static List<String> headings(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void chaptersAndArticlesAreHeadedInTheReportsConventionAndOrder() {
        assertThat(headings(zh, "Heading1")).startsWith("前言", "撰寫方法", "第一章　總則", "第二章　預防措施")
                .endsWith("第八章　最後條款", "前次結論性意見之回應");
        List<String> articles = headings(zh, "Heading2").stream().filter(h -> h.matches("第.+條　.+")).toList();
        assertThat(articles).hasSize(71).startsWith("第一條　宗旨聲明").contains("第十四條　預防洗錢措施");
        assertThat(headings(en, "Heading2")).contains("Article 14. Measures to prevent money-laundering");
        assertThat(headings(zh, "Heading3")).contains("國家廉政政策").doesNotContain("前言", "公職人員行為守則");
        assertThat(headings(en, "Heading3")).doesNotContain("Codes of conduct for public officials");
    }

    @Test
    void onlyAHeadingThatRepeatsTheSectionTitleIsDropped() {
        assertThat(ReportExporter.withoutRepeatedHeading("# 撰寫方法\n\n內文", "撰寫方法")).isEqualTo("\n內文");
        assertThat(ReportExporter.withoutRepeatedHeading("## 撰寫方法\n內文", "撰寫方法")).isEqualTo("內文");
        assertThat(ReportExporter.withoutRepeatedHeading("# 統計方法\n\n內文", "撰寫方法")).as("the user's own heading stays")
                .isEqualTo("# 統計方法\n\n內文");
    }

    @Test
    void aPublishedReportsCoverCarriesItsDateOfPublicationInTheRocCalendarInChinese() {
        // cycle 2 was published on 2022-04-15 (中華民國111年4月); the export is made in November 2026
        String zhCover = zh.getParagraphs().stream().limit(25).map(XWPFParagraph::getText).collect(Collectors.joining("|"));
        assertThat(zhCover).contains("第二次國家報告", "法務部廉政署", "中華民國111年4月").doesNotContain("115年").doesNotContain("草案");
        String enCover = en.getParagraphs().stream().limit(25).map(XWPFParagraph::getText).collect(Collectors.joining("|"));
        assertThat(enCover).contains("Second National Report", "April 2022").doesNotContain("Draft");
    }

    @Test
    void theCoverNamesTheCountryAsTheReportsTitleSaysAndThePublisherAsTheSettingsSay(@TempDir Path own) throws Exception {
        String enCover = en.getParagraphs().stream().limit(25).map(XWPFParagraph::getText).collect(Collectors.joining("|"));
        assertThat(enCover).contains("Republic of China (Taiwan): Second National Report", "Agency Against Corruption, Ministry of Justice");
        assertThat(en.getProperties().getCoreProperties().getTitle()).isEqualTo("Republic of China (Taiwan): Second National Report");

        try (App mine = TestWorkbench.withDemo(own)) {
            long cycle3 = mine.cycles().cycleByNumber(3).orElseThrow().id();
            assertThatThrownBy(() -> mine.cycles().setReportTitles(cycle3, "x", "臺灣 report", "tester"))
                    .hasMessageContaining("cycle.reportTitleNotEnglish");
            assertThatThrownBy(() -> mine.cycles().setReportTitles(cycle3, "x".repeat(301), null, "tester"))
                    .hasMessageContaining("cycle.reportTitleTooLong");
            assertThat(mine.cycles().setReportTitles(cycle3, " ", "  Taiwan: Third National Report ", "tester"))
                    .satisfies(c -> {
                        assertThat(c.reportTitle(Language.EN)).isEqualTo("Taiwan: Third National Report");
                        assertThat(c.reportTitle(Language.ZH_TW)).as("blank: the cycle's own title").isEqualTo("第三次國家報告");
                    });
            assertThatThrownBy(() -> mine.documentSettings().save(new DocumentSettings(" ", "X", true), "tester"))
                    .hasMessageContaining("documentSettings.organisationRequired");
            mine.documentSettings().save(new DocumentSettings("臺北市政府政風處", " Department of Government Ethics, Taipei City Government ", true), "tester");
            assertThat(mine.documentSettings().current().organisationEn()).isEqualTo("Department of Government Ethics, Taipei City Government");
            try (XWPFDocument doc = open(mine.reportExporter().export(3, Language.EN, Set.of(5), own.resolve("r.docx"), DocxEngine.Progress.NONE))) {
                String cover = doc.getParagraphs().stream().limit(25).map(XWPFParagraph::getText).collect(Collectors.joining("|"));
                assertThat(cover).contains("Taiwan: Third National Report", "Department of Government Ethics, Taipei City Government")
                        .doesNotContain("Agency Against Corruption");
                assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Department of Government Ethics, Taipei City Government");
            }
        }
    }

    @Test
    void aReportNotYetPublishedIsADraftOfTheExportDate() throws Exception {
        ReportExporter exporter = new ReportExporter(app.cycles(), app.convention(), app.sections(), TestWorkbench.CLOCK);
        for (Language language : Language.values()) {
            try (XWPFDocument draft = open(exporter.export(3, language, Set.of(5), dir.resolve("out/draft-" + language.shortCode() + ".docx"),
                    DocxEngine.Progress.NONE))) {
                String cover = draft.getParagraphs().stream().limit(25).map(XWPFParagraph::getText).collect(Collectors.joining("|"));
                assertThat(cover).contains(language.isChinese() ? "草案　中華民國115年11月" : "Draft, November 2026");
            }
        }
    }

    @Test
    void markdownBecomesWordStructures() {
        XWPFTable survey = zh.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("年度")).findFirst().orElseThrow();
        assertThat(survey.getRow(0).isRepeatHeader()).isTrue();
        assertThat(survey.getRow(1).getCell(1).getText()).isEqualTo("36.2%");
        assertThat(survey.getRow(1).getCell(1).getParagraphs().getFirst().getAlignment().name()).isEqualTo("RIGHT");
        assertThat(zh.getFootnotes()).extracting(f -> f.getParagraphs().getFirst().getText())
                .anyMatch(t -> t.contains("關係人包括配偶"));
        XWPFParagraph bold = zh.getParagraphs().stream().filter(p -> p.getText().startsWith("行政院於2020年核定")).findFirst().orElseThrow();
        assertThat(bold.getRuns()).anyMatch(r -> r.isBold() && r.text().equals("防貪、肅貪、再防貪"));
        assertThat(zh.getParagraphs()).as("a Word list item, not a typed bullet")
                .anyMatch(p -> p.getText().startsWith("各機關設置政風機構") && p.getNumID() != null && "bullet".equals(p.getNumFmt()));
    }

    @Test
    void fontsAreExplicitAndTheEastAsianLanguageIsZhTw() throws Exception {
        String styles = zh.getStyles().getCtStyles().xmlText();
        assertThat(styles).contains("w:eastAsia=\"zh-TW\"").contains("w:eastAsia=\"標楷體\"").contains("w:ascii=\"Times New Roman\"");
        assertThat(zh.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(r -> !r.text().isBlank()).limit(200))
                .allMatch(r -> r.getCTR().getRPr() == null || r.getCTR().getRPr().sizeOfRFontsArray() == 0
                        || r.getCTR().getRPr().getRFontsArray(0).getEastAsia() == null // only the East Asian hint
                        || "標楷體".equals(r.getCTR().getRPr().getRFontsArray(0).getEastAsia()));
    }

    @Test
    void pagesAreA4WithPageXofYAndATableOfContentsField() {
        var sect = zh.getDocument().getBody().getSectPr();
        assertThat(((java.math.BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
        String footer = zh.getFooterList().getFirst().getParagraphs().getFirst().getCTP().xmlText();
        assertThat(footer).as("the page number, counted from the body").contains("PAGE").contains("第 ").contains(" 頁")
                .doesNotContain("NUMPAGES").doesNotContain("SECTIONPAGES");
        assertThat(en.getFooterList().getFirst().getText()).startsWith("Page ");
        assertThat(zh.getDocument().getBody().xmlText()).contains("TOC \\o \"1-3\"");
        assertThat(zh.getSettings().getCTSettings().isSetUpdateFields()).isTrue();
        assertThat(sect.getPgNumType().getStart().intValue()).as("page 1 is the body's first page").isEqualTo(1);
    }

    @Test
    void theCoverAndTheContentsAreSectionsWithoutHeaderFooterOrPageNumber() {
        List<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr> ends = zh.getParagraphs().stream()
                .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()).map(p -> p.getCTP().getPPr().getSectPr()).toList();
        assertThat(ends).as("cover, contents").hasSize(2).allSatisfy(sect -> {
            assertThat(sect.sizeOfHeaderReferenceArray()).isZero();
            assertThat(sect.sizeOfFooterReferenceArray()).isZero();
            assertThat(((java.math.BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
        });
        assertThat(zh.getDocument().getBody().getSectPr().sizeOfFooterReferenceArray()).as("the body's footer").isEqualTo(1);
    }

    @Test
    void theTableOfContentsListsChaptersArticlesAndSubheadingsBeforeAnyUpdate() {
        List<XWPFParagraph> entries = zh.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC")).toList();
        assertThat(entries).extracting(p -> p.getStyle() + " " + p.getText().strip())
                .contains("TOC1 第一章　總則", "TOC2 第一條　宗旨聲明", "TOC2 第十四條　預防洗錢措施", "TOC1 前言");
        assertThat(entries).extracting(XWPFParagraph::getStyle).contains("TOC3");
        assertThat(entries.getFirst().getCTP().xmlText()).contains("TOC \\o");
        assertThat(entries).allSatisfy(p -> assertThat(p.getCTP().xmlText()).contains("PAGEREF _Toc"));
        String bookmark = entries.get(3).getCTP().xmlText().replaceAll("(?s).*PAGEREF (_Toc\\d+).*", "$1");
        assertThat(zh.getDocument().getBody().xmlText()).contains("w:name=\"" + bookmark + "\"");
        assertThat(zh.getDocument().getBody().xmlText()).doesNotContain("開啟文件後請更新目錄");
    }

    @Test
    void eachChapterStartsOnANewPage() {
        List<XWPFParagraph> chapters = zh.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).toList();
        assertThat(chapters).hasSizeGreaterThan(8);
        assertThat(chapters.subList(1, chapters.size())).allMatch(XWPFParagraph::isPageBreak);
    }

    @Test
    void chineseBodyIsJustifiedAndCjkRunsTakeTheEastAsianFont() {
        String normal = zh.getStyles().getStyle("Normal").getCTStyle().xmlText();
        assertThat(normal).contains("w:jc w:val=\"both\"");
        assertThat(en.getStyles().getStyle("Normal").getCTStyle().xmlText()).doesNotContain("both");
        assertThat(zh.getStyles().getStyle("BodyText").getCTStyle().getPPr().getInd().getFirstLineChars().intValue())
                .as("a first-line indent of two characters").isEqualTo(200);
        assertThat(zh.getParagraphs()).filteredOn(p -> p.getText().startsWith("依《聯合國反貪腐公約施行法》")).singleElement()
                .extracting(XWPFParagraph::getStyle).isEqualTo("BodyText");
        assertThat(zh.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .filter(r -> !"Title".equals(((XWPFParagraph) r.getParent()).getStyle()))
                .filter(r -> ((XWPFParagraph) r.getParent()).getStyle() == null || "BodyText".equals(((XWPFParagraph) r.getParent()).getStyle())))
                .isNotEmpty()
                .allMatch(r -> r.getCTR().getRPr() != null && r.getCTR().getRPr().sizeOfRFontsArray() > 0
                        && "eastAsia".equals(String.valueOf(r.getCTR().getRPr().getRFontsArray(0).getHint())));
    }

    @Test
    void footnotesHaveWordsSeparatorsAndASpaceAfterTheNumber() {
        var all = zh.getFootnotes().getFirst().getCTFtnEdn().newCursor();
        all.toParent();
        String xml = all.xmlText();
        all.close();
        assertThat(xml).contains("w:id=\"-1\" w:type=\"separator\"").contains("w:id=\"0\" w:type=\"continuationSeparator\"")
                .contains("<w:separator/>").contains("<w:continuationSeparator/>");
        XWPFParagraph first = zh.getFootnotes().stream().filter(f -> f.getParagraphs().getFirst().getText().contains("關係人包括配偶"))
                .findFirst().orElseThrow().getParagraphs().getFirst();
        assertThat(first.getRuns().get(1).text()).as("a space after the number").isEqualTo(" ");
    }

    @Test
    void theDocumentSaysWhoWroteItAndWithWhat() {
        assertThat(zh.getProperties().getCoreProperties().getCreator()).isEqualTo("法務部廉政署");
        assertThat(en.getProperties().getCoreProperties().getCreator()).isEqualTo("Agency Against Corruption, Ministry of Justice");
        assertThat(zh.getProperties().getExtendedProperties().getApplication()).isEqualTo("UNCAC Review Workbench");
        assertThat(zh.getProperties().getCoreProperties().getCreator()).doesNotContain("Apache POI");
    }

    @Test
    void chosenArticlesOnlyAndNothingElse() throws Exception {
        ReportExporter exporter = new ReportExporter(app.cycles(), app.convention(), app.sections(), TestWorkbench.CLOCK);
        try (XWPFDocument part = open(exporter.export(2, Language.ZH_TW, Set.of(5, 6, 14), dir.resolve("out/part.docx"), DocxEngine.Progress.NONE))) {
            assertThat(headings(part, "Heading2")).containsExactly("第五條　預防性反貪腐政策及作法", "第六條　預防性反貪腐機構", "第十四條　預防洗錢措施");
            assertThat(headings(part, "Heading1")).containsExactly("第二章　預防措施");
        }
    }

    @Test
    void aCancelledExportWritesNoFile() throws Exception {
        ReportExporter exporter = new ReportExporter(app.cycles(), app.convention(), app.sections(), TestWorkbench.CLOCK);
        Path target = dir.resolve("out/cancelled.docx");
        DocxEngine.Progress cancel = new DocxEngine.Progress() {
            private int seen;

            @Override
            public void worked(int done, int total) {
                seen = done;
            }

            @Override
            public boolean cancelled() {
                return seen >= 10;
            }
        };
        assertThatThrownBy(() -> exporter.export(2, Language.ZH_TW, Set.of(), target, cancel))
                .satisfies(e -> assertThat(((WorkbenchException) e).userMessage().key()).isEqualTo("export.cancelled"));
        assertThat(target).doesNotExist();
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void aReviewPackHoldsTheChosenArticlesAndRemembersWhichRevisionsItShows() throws Exception {
        ReportExporter exporter = new ReportExporter(app.cycles(), app.convention(), app.sections(), TestWorkbench.CLOCK);
        Path file = exporter.exportReviewPack(3, Language.ZH_TW, Set.of(5, 13, 40), dir.resolve("out/pack.docx"), DocxEngine.Progress.NONE);
        try (XWPFDocument pack = open(file)) {
            assertThat(headings(pack, "Heading1")).containsExactly("第五條　預防性反貪腐政策及作法", "第十三條　社會參與", "第四十條　銀行保密");
            var props = pack.getProperties().getCustomProperties();
            assertThat(props.getProperty("uncac.kind").getLpwstr()).isEqualTo("review-pack");
            assertThat(props.getProperty("uncac.cycle").getLpwstr()).isEqualTo("3");
            assertThat(props.getProperty("uncac.revisions").getLpwstr()).isEqualTo("A5:2,A13:1");
            assertThat(pack.getParagraphs()).anyMatch(p -> p.getText().equals("（尚無內容。）"));
            assertThat(pack.getParagraphs().stream().limit(25).map(XWPFParagraph::getText)).contains("第三次國家報告審閱資料");
        }
        assertThatThrownBy(() -> exporter.exportReviewPack(3, Language.ZH_TW, Set.of(), dir.resolve("out/none.docx"), DocxEngine.Progress.NONE))
                .satisfies(e -> assertThat(((WorkbenchException) e).userMessage().key()).isEqualTo("export.packNeedsArticles"));
    }
}
