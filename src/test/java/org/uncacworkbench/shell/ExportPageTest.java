package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.ui.Screenshots;

/** Exporting the report from the window: choose articles and language, export, open. */
@ExtendWith(ApplicationExtension.class)
class ExportPageTest {

    @TempDir
    Path dataDir;
    App app;
    final WindowFixture window = new WindowFixture();

    @Start
    void start(Stage stage) {
        app = TestWorkbench.withDemo(dataDir);
        SettingsStore store = new SettingsStore(dataDir, Locale.TAIWAN);
        window.show(stage, app, store, store.load());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void exportsTheChosenArticlesInEnglishAndOpensTheFile(FxRobot robot) throws Exception {
        robot.clickOn("#nav-export");
        robot.clickOn("#exportArticles").write("5-14");
        robot.clickOn("#exportLanguage").clickOn("English");
        Path target = dataDir.resolve("out").resolve("chapter-2");
        robot.clickOn("#exportFile").write(target.toString());
        robot.clickOn("#exportButton");

        Path written = dataDir.resolve("out").resolve("chapter-2.docx");
        assertThat(written).exists();
        assertThat(robot.lookup("#exportStatus").queryAs(Labeled.class).getText()).isEqualTo("已寫入：" + written);
        assertThat(robot.lookup("#exportProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        try (InputStream in = Files.newInputStream(written); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .startsWith("Article 5. Preventive anti-corruption policies and practices").hasSize(10);
        }
        Screenshots.save(window.scene, "zh-export");
        robot.clickOn("#exportOpen");
        assertThat(window.dialogs.opened).containsExactly(written);
    }

    @Test
    void aLinkWordCannotTakeIsWrittenAsTextAndTheExportSaysWhere(FxRobot robot) throws Exception {
        long cycle = app.cycles().cycleByNumber(3).orElseThrow().id();
        long a5 = app.sections().sectionId(cycle, "A5").orElseThrow();
        int base = app.revisions().history(a5, org.uncacworkbench.i18n.Language.ZH_TW).stream().mapToInt(r -> r.number()).max().orElse(0);
        app.revisions().save(a5, org.uncacworkbench.i18n.Language.ZH_TW, "見[法規](C:\\法規\\清廉.docx)。", base, "tester");
        robot.clickOn("#nav-export");
        robot.clickOn("#exportArticles").write("5");
        Path target = dataDir.resolve("a5.docx");
        robot.clickOn("#exportFile").write(target.toString());
        robot.clickOn("#exportButton");

        assertThat(target).exists();
        assertThat(window.dialogs.information).singleElement().asString()
                .startsWith("已寫入，但有下列例外").contains("第五條").contains("C:\\法規\\清廉.docx").contains("已以文字寫入");
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void aMistypedArticleRangeOrNoFileExportsNothing(FxRobot robot) {
        robot.clickOn("#nav-export");
        robot.clickOn("#exportButton");
        assertThat(window.dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("請選擇要寫入的檔案"));
        robot.clickOn("#exportArticles").write("5-99");
        robot.clickOn("#exportFile").write(dataDir.resolve("x.docx").toString());
        robot.clickOn("#exportButton");
        assertThat(window.dialogs.errors).hasSize(2).last().satisfies(e -> assertThat(e).contains("條號應介於 1 至 71"));
        assertThat(dataDir.resolve("x.docx")).doesNotExist();
    }
}
