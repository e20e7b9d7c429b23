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
}
