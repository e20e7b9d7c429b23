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
        assertThat(window.dialogs.warnings).singleElement().satisfies(e -> assertThat(e).startsWith("未輸出: ").contains("請選擇要寫入的檔案"));
        robot.clickOn("#exportArticles").write("5-99");
        robot.clickOn("#exportFile").write(dataDir.resolve("x.docx").toString());
        robot.clickOn("#exportButton");
        assertThat(window.dialogs.warnings).hasSize(2).last().satisfies(e -> assertThat(e).contains("條號應介於 1 至 71"));
        assertThat(dataDir.resolve("x.docx")).doesNotExist();
    }

    @Test
    void theCoverTitlesAreShownSavedAndRefusedWhenTheEnglishHoldsChinese(FxRobot robot) {
        robot.clickOn("#nav-export");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var zh = robot.lookup("#coverTitleZh").queryAs(javafx.scene.control.TextInputControl.class);
        var en = robot.lookup("#coverTitleEn").queryAs(javafx.scene.control.TextInputControl.class);
        assertThat(zh.getText()).isEqualTo("中華民國（臺灣）第三次國家報告");
        assertThat(en.getText()).isEqualTo("Republic of China (Taiwan): Third National Report");

        robot.interact(() -> en.setText("臺灣 Third Report"));
        robot.clickOn("#saveCoverTitles");
        assertThat(window.dialogs.warnings).singleElement().asString().startsWith("標題未儲存").contains("英文報告標題含有中文字");
        long cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
        assertThat(app.cycles().cycle(cycle3).orElseThrow().reportTitleEn()).isEqualTo("Republic of China (Taiwan): Third National Report");

        robot.interact(() -> en.setText("Taiwan: Third National Report"));
        robot.clickOn("#saveCoverTitles");
        assertThat(robot.lookup("#exportStatus").queryAs(Labeled.class).getText()).isEqualTo("報告封面標題已改為「中華民國（臺灣）第三次國家報告」。");
        assertThat(app.cycles().cycle(cycle3).orElseThrow().reportTitleEn()).isEqualTo("Taiwan: Third National Report");
    }

    @Test
    void theDocumentsPublisherIsSetOnTheSettingsPageAndBlankIsRefused(FxRobot robot) {
        robot.clickOn("#nav-settings");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var zh = robot.lookup("#organisationZh").queryAs(javafx.scene.control.TextInputControl.class);
        assertThat(zh.getText()).isEqualTo("法務部廉政署");
        robot.interact(() -> zh.setText(" "));
        robot.clickOn("#saveDocumentSettings");
        assertThat(window.dialogs.warnings).singleElement().asString().startsWith("設定未儲存").contains("請填寫機關的中文及英文名稱");
        assertThat(app.documentSettings().current().organisationZh()).isEqualTo("法務部廉政署");

        robot.interact(() -> {
            zh.setText("臺北市政府政風處");
            robot.lookup("#organisationEn").queryAs(javafx.scene.control.TextInputControl.class).setText("Department of Government Ethics");
            robot.lookup("#governmentHierarchy").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
        });
        robot.clickOn("#saveDocumentSettings");
        assertThat(robot.lookup("#documentSettingsState").queryAs(Labeled.class).getText()).startsWith("已儲存");
        assertThat(app.documentSettings().current())
                .isEqualTo(new org.uncacworkbench.export.DocumentSettings("臺北市政府政風處", "Department of Government Ethics", false));
        Screenshots.save(window.scene, "zh-settings-documents");
    }
}
