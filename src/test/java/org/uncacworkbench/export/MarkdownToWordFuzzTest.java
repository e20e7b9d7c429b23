package org.uncacworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uncacworkbench.i18n.Language;

/** Any Markdown a user can type exports without an error and without losing its words. */
class MarkdownToWordFuzzTest {

    static String export(String markdown) throws Exception {
        DocContent content = new DocContent(Language.ZH_TW, Audience.PUBLIC, "t", Optional.empty(), false, "t",
                List.of(new DocContent.MarkdownText(markdown, 1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxEngine(Fonts.defaults(Language.ZH_TW)).write(content, out, DocxEngine.Progress.NONE);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "| a | b |\n|---|---|\n|  | |\n| only one |\n",
        "- a\n  - b\n    - c\n      - d\n        - e\n          1. f\n",
        "<div>raw <b>html</b></div>\n\ninline <span>tag</span> 文字",
        "text[^never]\n\n[^unused]: 沒人引用的註解",
        "self[^a]\n\n[^a]: refers to itself[^a] and to [^b]\n[^b]: back to [^a]",
        "emoji 😀 and rare 𠀀𪚥 CJK",
        "> quote\n> > nested quote\n\n---\n\n```\ncode\n```",
        "# H1\n###### H6\n**bold *nested italic* ~~strike~~** `code`",
        "[link](https://example.org) ![img](x.png) <https://auto.example>",
    })
    void handWrittenEdgeCasesKeepTheirWords(String md) throws Exception {
        String text = export(md);
        for (String word : md.replaceAll("[^\\p{L}\\p{N}😀]+", " ").strip().split(" ")) {
            if (!word.isBlank() && !List.of("https", "example", "org", "png", "x", "img", "auto", "never", "unused").contains(word)) {
                assertThat(text).as(word).contains(word);
            }
        }
    }

    @Test
    void localImagesAreEmbeddedAndOthersStayAsLabelledPlaceholders(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path png = dir.resolve("chart.png");
        var picture = new java.awt.image.BufferedImage(1200, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(picture, "png", png.toFile());
        java.nio.file.Path notImage = java.nio.file.Files.writeString(dir.resolve("fake.png"), "text");
        String md = "![圖一](" + png + ")\n\n![圖二](" + png.toUri() + ")\n\n![網路圖](https://example.org/a.png) ![壞圖](" + notImage + ")";
        DocContent content = new DocContent(Language.ZH_TW, Audience.PUBLIC, "t", Optional.empty(), false, "t",
                List.of(new DocContent.MarkdownText(md, 1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxEngine(Fonts.defaults(Language.ZH_TW)).write(content, out, DocxEngine.Progress.NONE);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getAllPictures()).hasSize(1); // the same file twice is stored once
            var embedded = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertThat(embedded).hasSize(2);
            long widthEmu = embedded.getFirst().getCTPicture().getSpPr().getXfrm().getExt().getCx();
            assertThat(widthEmu).as("scaled to the text width").isLessThanOrEqualTo(org.apache.poi.util.Units.pixelToEMU(602));
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("［圖：網路圖］", "［圖：壞圖］");
            assertThat(OoxmlValidationTest.errors(doc.getDocument())).isEmpty();
        }
    }

    @Test
    void aVeryLongTableExports() throws Exception {
        StringBuilder md = new StringBuilder("| 年度 | 件數 |\n|---|--:|\n");
        for (int i = 0; i < 2000; i++) {
            md.append("| ").append(i).append(" | ").append(i * 7).append(" |\n");
        }
        assertThat(export(md.toString())).contains("1999").contains("13993");
    }

    @Test
    void randomMarkdownNeverFails() throws Exception {
        Random random = new Random(20261123);
        String[] pieces = {"# ", "## ", "- ", "1. ", "> ", "**", "*", "~~", "`", "[", "](", ")", "|", "---", "\n", "\n\n", "[^1]",
            "[^1]: ", "<b>", "</b>", "    ", "廉政", "review", "😀", "\\", "!", "```", "\t", "#"};
        for (int n = 0; n < 150; n++) {
            String md = random.ints(random.nextInt(60), 0, pieces.length).mapToObj(i -> pieces[i]).collect(Collectors.joining());
            String text = export(md);
            if (md.contains("廉政")) {
                assertThat(text).as(md).contains("廉政");
            }
        }
    }

    /** Link and image targets as people type them by hand, or as tools paste them. */
    static final List<String> ODD_TARGETS = List.of("C:\\法規\\清廉.docx", "http://例子.測試/路徑 有空白", "https://x.org/a%ZZb",
            "mailto:", "javascript:alert(1)", "../../../etc/passwd", "file:///不存在/圖.png", "<>", "http://[::1", "%", "#",
            "https://example.org/" + "長".repeat(300), "\\\\server\\share\\a.png", "data:image/png;base64,AAAA");

    @Test
    void linksAndImagesWithEveryKindOfOddTargetKeepTheirWords() throws Exception {
        for (String target : ODD_TARGETS) {
            String md = "見[連結文字](" + target + ")與![圖說明](" + target + ")及<" + target + ">結尾";
            String text = export(md);
            assertThat(text).as(target).contains("見", "連結文字", "圖說明", "結尾");
        }
    }

    @Test
    void wrappedLinesInBothScriptsKeepEveryWordApart() throws Exception {
        String text = export("first line\nsecond line\n中文第一行\n中文第二行\nmixed 中文\nEnglish again\n**bold\nwrap** 與\n`code`");
        assertThat(text).contains("first line second line 中文第一行中文第二行 mixed 中文 English again bold wrap 與 code");
    }

    @Test
    void aReportWhoseEverySectionHoldsADifferentOdditySaysEveryWord() throws Exception {
        List<String> oddities = new java.util.ArrayList<>(List.of(
                "[壞連結](C:\\a\\b.docx) 甲一",
                "![壞圖](http://[::1) 甲二",
                "| 表 | 甲三 |\n|--|\n| 少一欄 |",
                "1. 甲四\n   - 混合\n      1. 深層\n",
                "> 引文 甲五\n> > 再引",
                "甲六[^無定義]",
                "<div>原始 HTML 甲七</div>",
                "```\n程式碼 甲八\n```",
                "甲九\n換行\n不加空白",
                "- [ ] 待辦 甲十",
                "# 只有標題 甲十一",
                "   \t  \n\n甲十二 前有空白"));
        for (String target : ODD_TARGETS) {
            oddities.add("[標的](" + target + ") 甲" + oddities.size());
        }
        List<DocContent.Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < oddities.size(); i++) {
            blocks.add(new DocContent.Heading(2, "第" + i + "節"));
            blocks.add(new DocContent.MarkdownText(oddities.get(i), 2, "A" + i));
        }
        DocContent content = new DocContent(Language.ZH_TW, Audience.PUBLIC, "報告", Optional.of(new DocContent.Cover("報告", "副題", "機關", "日期")),
                true, "報告", blocks);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxEngine(Fonts.defaults(Language.ZH_TW)).write(content, out, DocxEngine.Progress.NONE);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            for (String md : oddities) {
                for (String word : md.split("[^\\p{IsHan}]+")) {
                    if (!word.isBlank() && !List.of("法規", "清廉", "例子", "測試", "路徑", "有空白", "長", "不存在", "圖").contains(word)
                            && !word.startsWith("長")) {
                        assertThat(text).as(md).contains(word);
                    }
                }
            }
            assertThat(OoxmlValidationTest.errors(doc.getDocument())).isEmpty();
        }
    }
}
