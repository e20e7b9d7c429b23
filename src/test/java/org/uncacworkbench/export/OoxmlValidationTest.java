package org.uncacworkbench.export;

import org.uncacworkbench.drafting.ReportExporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;

/** The parts Word is strictest about validate against the OOXML schemas (a repair prompt otherwise). */
class OoxmlValidationTest {

    @TempDir
    Path dir;

    static List<String> errors(XmlObject part) {
        List<XmlError> errors = new ArrayList<>();
        part.validate(new XmlOptions().setErrorListener(errors));
        return errors.stream().map(XmlError::toString).toList();
    }

    @Test
    void documentStylesFootnotesSettingsAndFooterAreSchemaValid() throws Exception {
        try (App app = TestWorkbench.withDemo(dir)) {
            DocContent content = new ReportExporter(app.cycles(), app.convention(), app.sections(), TestWorkbench.CLOCK)
                    .content(2, Language.ZH_TW, Set.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxEngine(Fonts.defaults(Language.ZH_TW)).write(content, out, DocxEngine.Progress.NONE);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                assertThat(errors(doc.getDocument())).as("document.xml").isEmpty();
                assertThat(errors(doc.getStyles().getCtStyles())).as("styles.xml").isEmpty();
                assertThat(errors(doc.getSettings().getCTSettings())).as("settings.xml").isEmpty();
                String settings = doc.getSettings().getCTSettings().xmlText();
                assertThat(settings).as("Word 2013+ mode, not compatibility mode")
                        .containsPattern("<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>");
                doc.getFooterList().forEach(f -> assertThat(errors(f._getHdrFtr())).as("footer").isEmpty());
                doc.getFootnotes().forEach(f -> assertThat(errors(f.getCTFtnEdn())).as("footnote").isEmpty());
                assertThat(doc.getNumbering().getAbstractNums()).as("the lists' numbering definitions").isNotEmpty()
                        .allSatisfy(a -> assertThat(errors(a.getCTAbstractNum())).isEmpty());
                assertThat(doc.getNumbering().getNums()).allSatisfy(n -> assertThat(errors(n.getCTNum())).isEmpty());
            }
        }
    }

    @Test
    void aReviewPackWithItsBookmarkedHeadingsIsSchemaValid() throws Exception {
        try (App app = TestWorkbench.withDemo(dir)) {
            DocContent content = new ReportExporter(app.cycles(), app.convention(), app.sections(), TestWorkbench.CLOCK)
                    .reviewPack(3, Language.ZH_TW, Set.of(5, 8, 14));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxEngine(Fonts.defaults(Language.ZH_TW)).write(content, out, DocxEngine.Progress.NONE);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                assertThat(errors(doc.getDocument())).as("document.xml").isEmpty();
                assertThat(doc.getParagraphs()).filteredOn(p -> !p.getCTP().getBookmarkStartList().isEmpty())
                        .extracting(p -> p.getCTP().getBookmarkStartList().getFirst().getName())
                        .containsExactly("uncac_A5", "uncac_A8", "uncac_A14");
            }
        }
    }
}
