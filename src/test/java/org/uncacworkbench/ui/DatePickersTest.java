package org.uncacworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;

/** A date typed in a field: shown and read the language's way; an impossible one refused with a message, the date kept. */
@ExtendWith(ApplicationExtension.class)
class DatePickersTest {

    DatePicker zh;
    DatePicker en;
    Stage stage;

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::hide);
    }

    @Start
    void start(Stage primary) {
        // a stage of its own: the primary one is shared with the window tests, and must keep their size
        stage = new Stage();
        zh = DatePickers.create(Messages.of(Language.ZH_TW));
        zh.setId("zh");
        zh.setValue(LocalDate.of(2026, 12, 3));
        en = DatePickers.create(Messages.of(Language.EN));
        en.setId("en");
        en.setValue(LocalDate.of(2026, 12, 3));
        Button other = new Button("other");
        other.setId("other");
        stage.setScene(new Scene(new VBox(8, zh, en, other), 400, 200));
        stage.show();
    }

    @Test
    void chineseShowsRocDatesRefusesTheThirtyFirstOfFebruaryAndTakesATypedRocDate(FxRobot robot) {
        assertThat(zh.getEditor().getText()).isEqualTo("115年12月3日");
        robot.interact(() -> zh.getEditor().clear());
        robot.clickOn("#zh").write("31/02/2026").type(KeyCode.ENTER);
        assertThat(zh.getValue()).as("the field keeps its date").isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(zh.getProperties().get(DatePickers.INVALID)).asString()
                .isEqualTo("「31/02/2026」不是有效日期，請以 115年12月3日 或 2026-12-03 的形式輸入。欄位保留原日期。");
        assertThat(zh.getTooltip().getText()).contains("不是有效日期");

        robot.interact(() -> zh.getEditor().clear());
        robot.clickOn("#zh").write("115/12/24").type(KeyCode.ENTER);
        assertThat(zh.getValue()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(zh.getEditor().getText()).isEqualTo("115年12月24日");
        assertThat(zh.getProperties()).doesNotContainKey(DatePickers.INVALID);
    }

    @Test
    void englishShowsDayMonthYearAndTakesItTyped(FxRobot robot) {
        assertThat(en.getEditor().getText()).isEqualTo("3 Dec 2026");
        robot.interact(() -> en.getEditor().clear());
        robot.clickOn("#en").write("24 December 2026");
        robot.clickOn("#other");
        assertThat(en.getValue()).as("taken when the field is left").isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(en.getEditor().getText()).isEqualTo("24 Dec 2026");
    }
}
