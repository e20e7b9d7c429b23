package org.uncacworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;

/** The confirmation dialog: one Cancel button, in the interface's language, whatever the caller lists. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aCancelTheCallerListsIsTheDialogsOwnCancelNotASecondOne(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(stage, () -> Messages.of(Language.ZH_TW), url -> { });
        AtomicInteger answer = new AtomicInteger(99);
        Platform.runLater(() -> answer.set(dialogs.choose("刪除會議", "確定刪除？", List.of("刪除會議", "取消"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        List<String> buttons = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().map(Button::getText).toList();
        assertThat(buttons).containsExactlyInAnyOrder("刪除會議", "取消");
        robot.clickOn("取消");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != 99);
        assertThat(answer.get()).as("cancelled").isEqualTo(-1);
    }
}
