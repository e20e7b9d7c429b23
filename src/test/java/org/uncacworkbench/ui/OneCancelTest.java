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
class OneCancelTest {

    Stage stage;
    Stage primary;

    private Stage primaryStage() {
        return primary;
    }

    @Start
    void start(Stage primary) {
        // a stage of its own: the primary one is shared with the window tests, and must keep their size
        this.primary = primary;
        Stage stage = new Stage();
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    /** A dialog left open by a failed assertion would sit, modal, over the windows of the tests after this one. */
    @org.junit.jupiter.api.AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w instanceof javafx.stage.Stage && w != primaryStage())
                .forEach(javafx.stage.Window::hide));
    }

    @Test
    void aCancelTheCallerListsIsTheDialogsOwnCancelNotASecondOne(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(stage, () -> Messages.of(Language.ZH_TW), url -> { });
        AtomicInteger answer = new AtomicInteger(99);
        Platform.runLater(() -> answer.set(dialogs.choose("刪除會議", "確定刪除？", List.of("刪除會議", "取消"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        List<Button> buttons = List.copyOf(robot.lookup(".dialog-pane .button").queryAllAs(Button.class));
        assertThat(buttons).extracting(Button::getText).containsExactlyInAnyOrder("刪除會議", "取消");
        // pressed as the dialog's own button (not by pointer: a dialog's place on a headless screen varies)
        Button cancel = buttons.stream().filter(b -> b.getText().equals("取消")).findFirst().orElseThrow();
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != 99);
        assertThat(answer.get()).as("cancelled").isEqualTo(-1);
    }
}
