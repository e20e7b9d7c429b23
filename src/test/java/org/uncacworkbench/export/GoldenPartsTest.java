package org.uncacworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncacworkbench.i18n.Language;

/**
 * The XML parts a reader's experience depends on (the body, the styles with their fonts and language
 * tags, the footnotes, the page-number footer) stay exactly as reviewed. When a change to the engine
 * is intended, regenerate with {@code ./mvnw test -Dtest=GoldenPartsTest -Dgolden.update=true}, look
 * at the diff, and commit it with the change.
 */
class GoldenPartsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static DocContent sample(Language language) {
        String md = """
                Paragraph with **bold**, *italic*, ~~struck~~ and `code`, a [link](https://www.aac.moj.gov.tw/)\
                 and a note.[^1] 中文與 English 混排。

                > A quoted line.

                1. First
                   - nested bullet
                2. Second

                | Left | Centre | Right |
                |:-----|:------:|------:|
                | a    | 二     | 3     |

                [^1]: The footnote's text.
                """;
        return new DocContent(language, Audience.PUBLIC, "Golden", Optional.empty(), false, "UNCAC",
                List.of(new DocContent.Heading(1, "第一章　總則"), new DocContent.Heading(2, "第五條　預防性反貪腐政策及作法"),
                        new DocContent.MarkdownText(md, 2)));
    }

    @ParameterizedTest
    @CsvSource({
        "ZH_TW, word/document.xml", "ZH_TW, word/styles.xml", "ZH_TW, word/footnotes.xml", "ZH_TW, word/footer1.xml",
        "EN, word/styles.xml", "EN, word/footer1.xml"})
    void partMatchesItsGoldenFile(Language language, String part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxEngine(Fonts.defaults(language)).write(sample(language), out, DocxEngine.Progress.NONE);
        String actual = normalise(part(out.toByteArray(), part));
        Path golden = GOLDEN.resolve(language.shortCode() + "-" + part.replace('/', '-'));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; regenerate with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " missing from the document");
    }

    /** One element per line, so that a change reads as a small diff; nothing else is touched. */
    static String normalise(String xml) {
        return xml.replace("><", ">\n<").strip() + "\n";
    }
}
