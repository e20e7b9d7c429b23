package org.uncacworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;

/** Markdown lists as Word lists, wrapped lines, links Word cannot take: as a reader finds them in the document. */
class WordListsAndTextTest {

    private final List<UserMessage> warnings = new ArrayList<>();

    private XWPFDocument export(Language language, String markdown) throws Exception {
        return export(language, markdown, DocumentSettings.DEFAULT);
    }

    private XWPFDocument export(Language language, String markdown, DocumentSettings publisher) throws Exception {
        DocContent content = new DocContent(language, Audience.PUBLIC, "t", Optional.empty(), false, "t",
                List.of(new DocContent.MarkdownText(markdown, 1, "A5"))).publishedBy(publisher);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxEngine(Fonts.defaults(language)).write(content, out, DocxEngine.Progress.of(d -> { }, () -> false, warnings::add));
        XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        assertThat(OoxmlValidationTest.errors(doc.getDocument())).isEmpty();
        return doc;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }

    @Test
    void chineseOrderedListsFollowTheGovernmentHierarchyByLevel() throws Exception {
        try (XWPFDocument doc = export(Language.ZH_TW, "1. 甲\n   1. 甲之一\n      1. 細項\n         1. 更細\n2. 乙\n")) {
            XWPFParagraph a = paragraph(doc, "甲");
            XWPFParagraph a1 = paragraph(doc, "甲之一");
            XWPFParagraph detail = paragraph(doc, "細項");
            XWPFParagraph finer = paragraph(doc, "更細");
            XWPFParagraph b = paragraph(doc, "乙");
            assertThat(List.of(a, a1, detail, finer, b)).extracting(p -> p.getNumIlvl().intValue()).containsExactly(0, 1, 2, 3, 0);
            assertThat(a.getNumFmt()).isEqualTo("taiwaneseCountingThousand");
            assertThat(a.getNumLevelText()).isEqualTo("%1、");
            assertThat(a1.getNumLevelText()).isEqualTo("（%2）");
            assertThat(detail.getNumFmt()).isEqualTo("decimal");
            assertThat(detail.getNumLevelText()).isEqualTo("%3.");
            assertThat(finer.getNumLevelText()).isEqualTo("（%4）");
            assertThat(b.getNumID()).as("the list goes on around the lists nested in it").isEqualTo(a.getNumID());
            assertThat(a.getText()).doesNotContain("1.").doesNotContain("\t");
        }
    }

    @Test
    void withTheHierarchySetOffChineseListsAreNumberedAsEnglishOnesAndTheAuthorIsTheSettingsOrganisation() throws Exception {
        var publisher = new DocumentSettings("臺北市政府政風處", "Department of Government Ethics, Taipei City Government", false);
        try (XWPFDocument doc = export(Language.ZH_TW, "1. 甲\n   1. 甲之一\n", publisher)) {
            assertThat(paragraph(doc, "甲").getNumFmt()).isEqualTo("decimal");
            assertThat(paragraph(doc, "甲之一").getNumFmt()).isEqualTo("lowerLetter");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("臺北市政府政風處");
        }
        try (XWPFDocument doc = export(Language.EN, "text", publisher)) {
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Department of Government Ethics, Taipei City Government");
        }
    }

    @Test
    void bracketsThatReferToNothingStayInTheText() throws Exception {
        try (XWPFDocument doc = export(Language.EN, "Ministry of Justice [Chinese only] 許文華, see [1] and [*this*][x].")) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("Ministry of Justice [Chinese only] 許文華, see [1] and [this][x].");
        }
    }

    @Test
    void englishListsAreNumberedOneAI_andEachNewListStartsAgain() throws Exception {
        try (XWPFDocument doc = export(Language.EN, "1. one\n   1. sub\n      1. subsub\n2. two\n\ntext\n\n3. three\n4. four\n\n- dot\n  - ring\n")) {
            assertThat(paragraph(doc, "one").getNumFmt()).isEqualTo("decimal");
            assertThat(paragraph(doc, "sub").getNumFmt()).isEqualTo("lowerLetter");
            assertThat(paragraph(doc, "subsub").getNumFmt()).isEqualTo("lowerRoman");
            XWPFParagraph three = paragraph(doc, "three");
            assertThat(three.getNumID()).as("a list of its own").isNotEqualTo(paragraph(doc, "one").getNumID());
            var num = doc.getNumbering().getNum(three.getNumID()).getCTNum();
            assertThat(num.getLvlOverrideArray(0).getStartOverride().getVal()).isEqualTo(BigInteger.valueOf(3));
            assertThat(paragraph(doc, "dot").getNumFmt()).isEqualTo("bullet");
            assertThat(paragraph(doc, "ring").getNumIlvl().intValue()).isEqualTo(1);
        }
    }

    @Test
    void aWrappedLineIsASpaceBetweenWordsAndNothingBetweenChineseCharacters() throws Exception {
        try (XWPFDocument en = export(Language.EN, "aaa\nbbb *bar\nbaz*\n\n中文\n接著")) {
            String text = new XWPFWordExtractor(en).getText();
            assertThat(text).contains("aaa bbb bar baz").contains("中文接著");
        }
        try (XWPFDocument zh = export(Language.ZH_TW, "中文\n接著 English\nwords 與\n中文")) {
            assertThat(new XWPFWordExtractor(zh).getText()).contains("中文接著 English words 與中文");
        }
    }

    @Test
    void aLinkWordCannotTakeIsWrittenAsTextAndNamedInAWarning() throws Exception {
        try (XWPFDocument doc = export(Language.ZH_TW, "見[法規](C:\\法規\\清廉.docx)與[網站](https://www.aac.moj.gov.tw/)。")) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("法規 <C:\\法規\\清廉.docx>", "網站");
            assertThat(doc.getParagraphs().getFirst().getCTP().xmlText()).contains("w:hyperlink");
            assertThat(warnings).singleElement().satisfies(w -> {
                assertThat(w.key()).isEqualTo("export.badLink");
                assertThat(w.args()).containsExactly("A5", "C:\\法規\\清廉.docx");
            });
        }
    }

    @Test
    void chineseQuotesStandUprightAndEnglishOnesLean() throws Exception {
        try (XWPFDocument zh = export(Language.ZH_TW, "> 引文")) {
            assertThat(paragraph(zh, "引文").getRuns()).noneMatch(r -> r.isItalic());
        }
        try (XWPFDocument en = export(Language.EN, "> quoted")) {
            assertThat(paragraph(en, "quoted").getRuns()).allMatch(r -> r.isItalic());
        }
    }

    @Test
    void tablesAreSizedToWhatTheyHoldWithAShadedHeaderAndNothingAfterThem() throws Exception {
        try (XWPFDocument doc = export(Language.ZH_TW, "| 年 | 評價 | 說明 |\n|---|---|---|\n| 2024 | 良好 | 各機關均已完成廉政風險評估並提出改善計畫 |\n")) {
            var table = doc.getTables().getFirst();
            var grid = table.getCTTbl().getTblGrid().getGridColList();
            assertThat(((BigInteger) grid.get(2).getW()).intValue()).isGreaterThan(((BigInteger) grid.get(0).getW()).intValue() * 3);
            assertThat(table.getRow(0).getCell(1).getColor()).isEqualTo("D9E2F3");
            assertThat(doc.getBodyElements().getLast()).as("no empty paragraph after the table").isSameAs(table);
        }
    }

    @Test
    void englishTakesTypographicQuotesAndApostrophesButCodeKeepsItsOwn() throws Exception {
        try (XWPFDocument doc = export(Language.EN, "The panel's view: \"good\" and 'fair' (\"yes\") `a \"b\"`")) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("The panel\u2019s view: \u201Cgood\u201D and \u2018fair\u2019 (\u201Cyes\u201D) a \"b\"");
        }
        try (XWPFDocument zh = export(Language.ZH_TW, "他說\"好\"")) {
            assertThat(new XWPFWordExtractor(zh).getText()).contains("他說\"好\"");
        }
    }

    @Test
    void picturesKeepTheirAltTextAndEachHasItsOwnDrawingId(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path png = dir.resolve("chart.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        try (XWPFDocument doc = export(Language.ZH_TW, "![定罪率趨勢](" + png + ")\n\n![案件數](" + png + ")")) {
            var pictures = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getCTR().getDrawingList().stream()).map(d -> d.getInlineArray(0).getDocPr()).toList();
            assertThat(pictures).extracting(d -> d.getDescr()).containsExactly("定罪率趨勢", "案件數");
            assertThat(pictures).extracting(d -> d.getId()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aPictureCaptionTheMarkdownGivesIsNumberedAndKeptWithItsPicture(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path png = dir.resolve("chart.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String md = "![定罪率](" + png + ")\n\n圖：定罪率趨勢\n\n文字\n\n圖：案件數在前\n\n![案件數](" + png + ")\n\n文字\n\n圖：不在圖旁";
        try (XWPFDocument zh = export(Language.ZH_TW, md)) {
            List<XWPFParagraph> captions = zh.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle())).toList();
            assertThat(captions).extracting(XWPFParagraph::getText).containsExactly("圖 1　定罪率趨勢", "圖 2　案件數在前");
            assertThat(captions.getFirst().getCTP().xmlText()).contains("SEQ Figure");
            XWPFParagraph firstPicture = zh.getParagraphs().stream().filter(p -> p.getCTP().xmlText().contains("w:drawing"))
                    .findFirst().orElseThrow();
            assertThat(firstPicture.getCTP().getPPr().isSetKeepNext()).as("the picture stays with its caption below").isTrue();
            assertThat(new XWPFWordExtractor(zh).getText()).contains("圖：不在圖旁").doesNotContain("圖：定罪率趨勢");
        }
        try (XWPFDocument en = export(Language.EN, "![Chart](" + png + ")\n\nFigure: Conviction rate")) {
            assertThat(paragraph(en, "Figure 1").getText()).isEqualTo("Figure 1. Conviction rate");
        }
    }

    @Test
    void theFontTableNamesTheKaiFaceWithItsFallBacksAndFamily() throws Exception {
        try (XWPFDocument doc = export(Language.ZH_TW, "文字")) {
            var part = doc.getPackage().getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(FontTable.PART));
            String xml = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).contains("w:name=\"標楷體\"", "DFKai-SB", "BiauKai", "AR PL UKai", "Noto Serif CJK TC",
                    "w:family w:val=\"script\"", "w:charset w:val=\"88\"", "w:name=\"Times New Roman\"");
            assertThat(doc.getPackagePart().getRelationshipsByType(FontTable.RELATION)).hasSize(1);
        }
    }

    @Test
    void narrowColumnsKeepTheirLongestWordWhenLongTextTakesTheRest() throws Exception {
        String md = "| Item | Ruling | Progress | Tracking |\n|---|---|---|---|\n"
                + "| Meeting 4, item 2 | The Ministry of Justice will give the timetable for studying a trading-in-influence offence. "
                + "| Give the timetable for a trading-in-influence offence (done) | Tracking continues |\n";
        try (XWPFDocument doc = export(Language.EN, md)) {
            var grid = doc.getTables().getFirst().getCTTbl().getTblGrid().getGridColList();
            int[] widths = grid.stream().mapToInt(g -> ((BigInteger) g.getW()).intValue()).toArray();
            assertThat(widths[0]).as("\"Meeting\" whole: 7 letters and the margins").isGreaterThanOrEqualTo(9 * 120);
            assertThat(widths[3]).as("\"Tracking\" whole").isGreaterThanOrEqualTo(10 * 120);
            assertThat(widths[1]).isGreaterThan(widths[0]);
            assertThat(java.util.Arrays.stream(widths).sum()).isLessThanOrEqualTo(WordSetup.A4_WIDTH - 2 * WordSetup.MARGIN);
        }
    }

    @Test
    void aColumnThatHoldsLongTextInEveryRowIsWiderThanOneWithASingleLongCell() throws Exception {
        String observation = "政府應強化各機關之廉政風險評估，並定期公開評估結果及改善情形，以提升施政透明度。";
        StringBuilder md = new StringBuilder("| 點次 | 結論性意見 | 最近辦理情形 |\n|---|---|---|\n");
        for (int i = 1; i <= 8; i++) {
            md.append("| ").append(i).append(" | ").append(observation).append(" | ")
                    .append(i == 1 ? "2024H1：已完成第一階段之評估作業，並將結果函送各機關參考及檢討改進，後續持續追蹤辦理情形。" : "").append(" |\n");
        }
        try (XWPFDocument doc = export(Language.ZH_TW, md.toString())) {
            var grid = doc.getTables().getFirst().getCTTbl().getTblGrid().getGridColList();
            int[] widths = grid.stream().mapToInt(g -> ((BigInteger) g.getW()).intValue()).toArray();
            assertThat(widths[1]).as("the observations fill every row; the progress, one").isGreaterThan(2 * widths[2]);
            assertThat(widths[2]).as("the progress column still holds 最近辦理情形 on a line").isGreaterThanOrEqualTo(14 * 120);
        }
    }

    @Test
    void aTableCaptionTheMarkdownGivesIsNumberedByTheDocument() throws Exception {
        String table = "| 年 | 件數 |\n|---|---|\n| 2024 | 3 |\n";
        try (XWPFDocument zh = export(Language.ZH_TW, "表：廉政民意調查\n\n" + table + "\n文字\n\n" + table + "\n表：第二表在後")) {
            List<XWPFParagraph> captions = zh.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle())).toList();
            assertThat(captions).extracting(XWPFParagraph::getText).containsExactly("表 1　廉政民意調查", "表 2　第二表在後");
            assertThat(captions.getFirst().getCTP().xmlText()).contains("SEQ Table");
            assertThat(new XWPFWordExtractor(zh).getText()).doesNotContain("表：");
        }
        try (XWPFDocument en = export(Language.EN, "Table: Integrity survey\n\n" + table)) {
            assertThat(paragraph(en, "Table 1").getText()).isEqualTo("Table 1. Integrity survey");
        }
        try (XWPFDocument plain = export(Language.EN, "Table: not beside a table")) {
            assertThat(plain.getParagraphs()).noneMatch(p -> "Caption".equals(p.getStyle()));
        }
    }
}
