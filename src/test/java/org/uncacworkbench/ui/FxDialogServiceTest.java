package org.uncacworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;

/**
 * The dialog that offers the ways out of a start that failed shows its choices whole, in the
 * interface language's font.
 */
class FxDialogServiceTest {

    final FxRobot robot = new FxRobot();
    Stage owner;
    CompletableFuture<Integer> chosen = new CompletableFuture<>();

    @BeforeEach
    void stage() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(Theme::applyUserAgent); // as the program does at start
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(new Pane(), 1200, 780);
            Theme.style(scene);
            s.setScene(scene);
            s.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** The choices the start offers when the database cannot be opened, in the dialog the program shows. */
    DialogPane showWaysOut(Messages messages) throws Exception {
        FxDialogService dialogs = new FxDialogService(owner, () -> messages, url -> { });
        Platform.runLater(() -> chosen.complete(dialogs.choose(messages.get("startup.failedTitle"),
                messages.format("startup.wayOut", "/home/secretariat/uncac-workbench"),
                List.of(messages.get("startup.restore"), messages.get("startup.otherFolder"), messages.get("startup.quit")))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void everyChoiceIsLabelledInFullNotCutShort() throws Exception {
        Messages en = Messages.of(Language.EN);
        DialogPane pane = showWaysOut(en);

        List<Button> buttons = robot.from(pane).lookup(".button").queryAllAs(Button.class).stream().toList();
        assertThat(buttons).extracting(Button::getText).contains("Open another data folder…", "Restore a backup…", "Cancel");
        for (Button b : buttons) {
            assertThat(((Text) b.lookup(".text")).getText()).as("what the button shows").isEqualTo(b.getText());
        }

        robot.clickOn("Cancel");
        assertThat(chosen.get(30, TimeUnit.SECONDS)).as("cancelled: none of the choices").isEqualTo(-1);
    }

    @Test
    void theChineseInterfacesDialogsAreSetInTheChineseInterfaceFont() throws Exception {
        assumeTrue(Font.getFamilies().contains("Noto Sans CJK TC"), "Noto Sans CJK TC installed (apt: fonts-noto-cjk)");
        Messages zh = Messages.of(Language.ZH_TW);
        DialogPane pane = showWaysOut(zh);

        Labeled header = robot.from(pane).lookup(".header-panel .label").queryAs(Labeled.class);
        assertThat(header.getText()).isEqualTo(zh.get("startup.failedTitle"));
        assertThat(header.getFont().getFamily()).isEqualTo("Noto Sans CJK TC");
        assertThat(((Text) robot.from(pane).lookup(zh.get("startup.otherFolder")).queryAs(Button.class).lookup(".text")).getText())
                .isEqualTo(zh.get("startup.otherFolder"));

        robot.clickOn(zh.get("startup.quit"));
        assertThat(chosen.get(30, TimeUnit.SECONDS)).as("the third choice").isEqualTo(2);
    }

    @Test
    void aFileNoProgramOpensIsNamedWithItsFolderOfferedInstead() throws Exception {
        Messages zh = Messages.of(Language.ZH_TW);
        java.util.List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.nio.file.Path file = java.nio.file.Path.of("/home/secretariat/匯出/第二次國家報告.docx");
        // this computer opens folders but nothing opens .docx
        FxDialogService dialogs = new FxDialogService(owner, () -> zh, shown::add, p -> !p.toString().endsWith(".docx"));
        Platform.runLater(() -> dialogs.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("沒有可開啟此檔案的程式");
        assertThat(pane.getContentText()).contains("第二次國家報告.docx", file.toString());
        assertThat(shown).as("nothing was handed to a program that is not there").isEmpty();

        robot.clickOn("在資料夾中顯示");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).containsExactly(file.getParent().toUri().toString());
    }

    @Test
    void aFileAProgramOpensIsHandedToIt() throws Exception {
        java.util.List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.nio.file.Path file = java.nio.file.Path.of("/tmp/report.docx");
        FxDialogService dialogs = new FxDialogService(owner, () -> Messages.of(Language.EN), shown::add, p -> true);
        robot.interact(() -> dialogs.open(file));
        assertThat(shown).containsExactly(file.toUri().toString());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }
}
