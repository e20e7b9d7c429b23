package org.uncacworkbench.export;

import org.uncacworkbench.drafting.ReportExporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.WorkbenchException;

class TemplateExportTest {

    @TempDir
    Path dir;

    /** A template whose Heading1 is dark red Arial, with a line of body text that must not reach the report. */
    private Path template(String name, boolean dotx) throws Exception {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            CTStyle h1 = CTStyle.Factory.newInstance();
            h1.setStyleId("Heading1");
            h1.setType(STStyleType.PARAGRAPH);
            h1.addNewName().setVal("heading 1");
            var rpr = h1.addNewRPr();
            rpr.addNewColor().setVal("8B0000");
            rpr.addNewRFonts().setAscii("Arial");
            doc.createStyles().addStyle(new XWPFStyle(h1));
            doc.createParagraph().createRun().setText("TEMPLATE PLACEHOLDER TEXT");
            doc.write(out);
        }
        if (dotx) {
            try (OPCPackage pkg = OPCPackage.open(file.toString())) {
                pkg.replaceContentType(XWPFRelation.DOCUMENT.getContentType(), XWPFRelation.TEMPLATE.getContentType());
            }
        }
        return file;
    }

    @Test
    void theReportTakesItsStylesFromADotxOrDocxTemplate() throws Exception {
        try (App app = TestWorkbench.withDemo(dir.resolve("data"))) {
            ReportExporter exporter = new ReportExporter(app.cycles(), app.convention(), app.sections(), TestWorkbench.CLOCK);
            for (boolean dotx : new boolean[] {true, false}) {
                Path template = template(dotx ? "agency.dotx" : "agency.docx", dotx);
                Path out = exporter.export(2, Language.ZH_TW, Set.of(5), template, dir.resolve("out-" + dotx + ".docx"), DocxEngine.Progress.NONE);
                try (OPCPackage pkg = OPCPackage.open(out.toString())) {
                    assertThat(pkg.getPartsByContentType(XWPFRelation.DOCUMENT.getContentType())).as("a document, not a template").hasSize(1);
                }
                try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
                    XWPFStyle h1 = doc.getStyles().getStyle("Heading1");
                    assertThat(java.util.HexFormat.of().withUpperCase().formatHex((byte[]) h1.getCTStyle().getRPr().getColorArray(0).getVal()))
                            .isEqualTo("8B0000");
                    assertThat(doc.getStyles().styleExist("Heading2")).as("styles the template lacks are added").isTrue();
                    assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().contains("TEMPLATE PLACEHOLDER"));
                    assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals("第五條　預防性反貪腐政策及作法"));
                    assertThat(OoxmlValidationTest.errors(doc.getDocument())).isEmpty();
                }
            }
        }
    }

    @Test
    void aFileThatIsNotATemplateIsRefusedAndNothingIsWritten() throws Exception {
        try (App app = TestWorkbench.withDemo(dir.resolve("data"))) {
            ReportExporter exporter = new ReportExporter(app.cycles(), app.convention(), app.sections(), TestWorkbench.CLOCK);
            Path bad = Files.writeString(dir.resolve("styles.dotx"), "not a template");
            Path target = dir.resolve("never.docx");
            assertThatThrownBy(() -> exporter.export(2, Language.ZH_TW, Set.of(), bad, target, DocxEngine.Progress.NONE))
                    .satisfies(e -> assertThat(((WorkbenchException) e).userMessage().key()).isEqualTo("export.badTemplate"));
            assertThat(target).doesNotExist();
        }
    }
}
