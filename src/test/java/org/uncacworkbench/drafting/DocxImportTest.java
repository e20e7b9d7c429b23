package org.uncacworkbench.drafting;

import org.uncacworkbench.markdown.DocxToMarkdown;
import org.uncacworkbench.markdown.Markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;

class DocxImportTest {

    @TempDir
    Path dir;

    private static String key(Throwable e) {
        return ((WorkbenchException) e).userMessage().key();
    }

    /** A copy of a document shipped in src/test/resources/docx, in the test's folder. */
    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.copy(DocxImportTest.class.getResourceAsStream("/docx/" + name), file);
        return file;
    }

    @Test
    void aDocumentSavedByLibreOfficeKeepsHeadingsEmphasisTablesListsAndFootnotes() throws Exception {
        Path file = fixture("libreoffice-agency-answer.docx");

        String md = DocxToMarkdown.convert(file);

        assertThat(md).startsWith("# 第十五條　賄賂國家公職人員\n\n");
        assertThat(md).contains("本部就賄賂罪之**起訴**及*定罪*統計提供如下[^1]。");
        assertThat(md).contains("## 一、統計數據");
        assertThat(md).contains("| 年度 | 起訴人數 | 定罪人數 |\n| --- | --- | --- |\n| 2022 | 118 | 96 |");
        assertThat(md).contains("- 強化檢察機關之協調\n    - 定期召開聯繫會議\n- 辦理專業訓練");
        assertThat(md).contains("1. 第一項\n1. 第二項");
        assertThat(md).endsWith("[^1]: 示範數字，非官方統計。\n");
        // and it is Markdown the rest of the workbench reads as such
        var doc = Markdown.parse(md);
        assertThat(doc.getDescendants()).anyMatch(n -> n instanceof com.vladsch.flexmark.ext.tables.TableBlock)
                .anyMatch(n -> n instanceof com.vladsch.flexmark.ext.footnotes.Footnote f && f.getFootnoteBlock() != null);
    }

    /** A document Microsoft Word saved (see src/test/resources/docx/WORD-FIXTURES.md), checked to be Word's. */
    private Path savedByWord(String name, String version) throws Exception {
        Path file = fixture(name);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("Microsoft Office Word");
            assertThat(doc.getProperties().getExtendedProperties().getAppVersion()).isEqualTo(version);
        }
        return file;
    }

    @Test
    void aDocumentSavedByWord2007KeepsTitleHeadingsEmphasisTableAndLinks() throws Exception {
        String md = DocxToMarkdown.convert(savedByWord("word2007-headings-table-links.docx", "12.0000"));

        assertThat(md).startsWith("# Sample Word Document Title\n\n");
        assertThat(md).contains("\n# Heading Level 1\n\n## Heading Level 2\n\n### Heading Level 3\n");
        assertThat(md).contains("This document includes text that is **BOLD** and *ITALIC*.");
        assertThat(md).contains("| This is a table |  |\n| --- | --- |");
        assertThat(md).contains("Apache Tika: [http://tika.apache.org/](http://tika.apache.org/) [Tika](http://tika.apache.org/)");
        var doc = Markdown.parse(md);
        assertThat(doc.getDescendants()).anyMatch(n -> n instanceof com.vladsch.flexmark.ext.tables.TableBlock)
                .anyMatch(n -> n instanceof com.vladsch.flexmark.ast.Link l && l.getUrl().toString().equals("http://poi.apache.org/"));
    }

    @Test
    void aFootnoteSavedByWord2007StaysAFootnote() throws Exception {
        String md = DocxToMarkdown.convert(savedByWord("word2007-footnotes.docx", "12.0000"));

        assertThat(md).isEqualTo("Eto ochen prostoy[^1] text so snoskoy\n\n[^1]: snoska\n");
        assertThat(Markdown.parse(md).getDescendants())
                .anyMatch(n -> n instanceof com.vladsch.flexmark.ext.footnotes.Footnote f && f.getFootnoteBlock() != null);
    }

    @Test
    void numberedListsSavedByWord2013NestOneLevelAtATimeAndNeverTurnIntoCode() throws Exception {
        String md = DocxToMarkdown.convert(savedByWord("word2013-numbered-lists.docx", "15.0000"));

        assertThat(md).startsWith("1. This\n    1. Is\n        1. A multi\n        1. Level\n\n");
        // Word's list goes on at its third level after a table: Markdown starts it again at the first
        assertThat(md).contains("\n\n1. List\n1. foo\n    1. bar\n    1. baz\n");
        assertThat(md).contains("1. A\n    1. A i\n    1. A ii\n        1. A ii a\n        1. A ii b\n        1. A ii 2\n");
        // every item is a list item: indented deeper than one level, it would read as a block of code
        var doc = Markdown.parse(md);
        assertThat(doc.getDescendants()).noneMatch(n -> n instanceof com.vladsch.flexmark.ast.IndentedCodeBlock);
        assertThat(doc.getDescendants()).filteredOn(n -> n instanceof com.vladsch.flexmark.ast.OrderedListItem).hasSizeGreaterThan(30);
    }

    @Test
    void aPasswordProtectedDocumentFromWordIsRefusedAsSuch() throws Exception {
        Path locked = fixture("word-password-protected.docx");
        assertThatThrownBy(() -> DocxToMarkdown.convert(locked)).satisfies(e -> {
            assertThat(key(e)).isEqualTo("import.passwordProtected");
            assertThat(Messages.of(Language.ZH_TW).describe(e)).contains("密碼");
        });
    }

    @Test
    void aDocumentMadeWithPoiKeepsStrikethroughLinksBreaksAndEscapesMarkdownCharacters() throws Exception {
        Path file = dir.resolve("poi.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading2");
            h.createRun().setText("Article 14");
            XWPFParagraph p = doc.createParagraph();
            XWPFRun plain = p.createRun();
            plain.setText("Fees of 5*3 and a_b, ");
            XWPFRun struck = p.createRun();
            struck.setStrikeThrough(true);
            struck.setText("old figure");
            p.createRun().setText(" see ");
            var link = p.createHyperlinkRun("https://example.org/report");
            link.setText("the report");
            XWPFRun br = p.createRun();
            br.addBreak();
            br.setText("second line");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("A note.");
            p.addFootnoteReference(note);
            XWPFParagraph hashLine = doc.createParagraph();
            hashLine.createRun().setText("# not a heading");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("A|B");
            table.getRow(0).getCell(1).setText("Count");
            table.getRow(1).getCell(0).setText("x");
            table.getRow(1).getCell(1).setText("3");
            doc.write(out);
        }

        String md = DocxToMarkdown.convert(file);

        assertThat(md).startsWith("## Article 14\n");
        assertThat(md).contains("Fees of 5\\*3 and a\\_b, ~~old figure~~ see [the report](https://example.org/report)\\\nsecond line[^1]");
        assertThat(md).contains("\\# not a heading");
        assertThat(md).contains("| A\\|B | Count |");
        assertThat(md).contains("[^1]: A note.");
        String rendered = com.vladsch.flexmark.html.HtmlRenderer.builder().build().render(Markdown.parse(md));
        assertThat(rendered).contains("5*3").contains("a_b").contains("<h2>Article 14</h2>").doesNotContain("<h1>");
    }

    @Test
    void refusesWhatIsNotAWordDocument() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.docx"), "plain text pretending", StandardCharsets.UTF_8);
        Path png = Files.write(dir.resolve("chart.docx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path doc = dir.resolve("old.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> DocxToMarkdown.convert(text)).satisfies(e -> assertThat(key(e)).isEqualTo("import.notWord"));
        assertThatThrownBy(() -> DocxToMarkdown.convert(png)).satisfies(e -> assertThat(key(e)).isEqualTo("import.notWord"));
        assertThatThrownBy(() -> DocxToMarkdown.convert(doc)).satisfies(e -> assertThat(key(e)).isEqualTo("import.oldWord"));
        assertThatThrownBy(() -> DocxToMarkdown.convert(dir.resolve("missing.docx"))).satisfies(e -> assertThat(key(e)).isEqualTo("import.notFound"));
    }

    @Test
    void refusesADamagedDocument() throws Exception {
        Path good = fixture("libreoffice-agency-answer.docx");
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> DocxToMarkdown.convert(cut)).satisfies(e -> assertThat(key(e)).isIn("import.corrupt", "import.notWord"));
    }

    @Test
    void refusesAPasswordProtectedDocument() throws Exception {
        Path plain = fixture("libreoffice-agency-answer.docx");
        Path locked = dir.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(Files.newInputStream(plain)); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> DocxToMarkdown.convert(locked)).satisfies(e -> assertThat(key(e)).isEqualTo("import.passwordProtected"));
    }

    @Test
    void refusesAZipBombWithoutRunningOutOfMemory() throws Exception {
        Path bomb = dir.resolve("bomb.docx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces); // 40 MB that compress to almost nothing
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        assertThatThrownBy(() -> DocxToMarkdown.convert(bomb)).satisfies(e -> assertThat(key(e)).isIn("import.zipBomb", "import.corrupt"))
                .satisfies(e -> assertThat(Messages.of(Language.EN).describe(e)).contains("bomb.docx"));
    }

    @Test
    void refusesAnOversizedFileBeforeReadingIt() throws Exception {
        Path big = dir.resolve("big.docx");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(DocxToMarkdown.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> DocxToMarkdown.convert(big)).satisfies(e -> assertThat(key(e)).isEqualTo("import.tooLarge"));
    }

    @Test
    void markdownFilesMustBeUtf8AndOtherTypesAreRefused() throws Exception {
        Path big5 = Files.write(dir.resolve("big5.md"), "廉政".getBytes("Big5"));
        assertThatThrownBy(() -> RevisionService.readForImport(big5)).satisfies(e -> assertThat(key(e)).isEqualTo("import.notUtf8"));
        Path pdf = Files.writeString(dir.resolve("x.pdf"), "%PDF-1.4");
        assertThatThrownBy(() -> RevisionService.readForImport(pdf)).satisfies(e -> assertThat(key(e)).isEqualTo("import.unsupportedType"));
        Path bom = Files.write(dir.resolve("bom.md"), "\uFEFF# 標題".getBytes(StandardCharsets.UTF_8));
        assertThat(RevisionService.readForImport(bom)).isEqualTo("# 標題");
    }
}
