package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.review.MeetingSession;
import org.uncacworkbench.ui.Screenshots;

/** The secretariat plans the review meeting, records what was said and promised, and writes the programme. */
@ExtendWith(ApplicationExtension.class)
class MeetingPageTest {

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

    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryTextInputControl().setText(text));
    }

    @Test
    void aSessionIsPlannedACommitmentRecordedAndKeptAndTheProgrammeWritten(FxRobot robot) throws Exception {
        robot.clickOn("#nav-review").clickOn("#meetingTab");
        @SuppressWarnings("unchecked")
        TableView<MeetingSession> sessions = robot.lookup("#meetingSessionTable").queryAs(TableView.class);
        assertThat(sessions.getItems()).isEmpty();
        type(robot, "#meetingStarts", "9:30");
        type(robot, "#meetingEnds", "noon");
        type(robot, "#meetingTitleZh", "第二章預防措施");
        type(robot, "#meetingTitleEn", "Chapter II Preventive measures");
        type(robot, "#meetingArticles", "5-14");
        fire(robot, "#saveMeetingSession");
        assertThat(robot.lookup("#meetingProblem").queryAs(Labeled.class).getText()).isEqualTo("「noon」不是時間：請寫成 09:30。");
        type(robot, "#meetingEnds", "12:00");
        fire(robot, "#saveMeetingSession");
        assertThat(sessions.getItems()).singleElement().satisfies(s -> assertThat(s.articles()).hasSize(10));

        var owner = robot.lookup("#commitmentOwner").queryComboBox();
        robot.interact(() -> owner.getSelectionModel().select(owner.getItems().stream()
                .filter(a -> ((org.uncacworkbench.agency.Agency) a).code().equals("MOJ")).findFirst().orElseThrow()));
        type(robot, "#commitmentZh", "9月30日前提供統計");
        robot.interact(() -> robot.lookup("#commitmentDue").queryAs(javafx.scene.control.DatePicker.class).getEditor().setText("115年12月30日"));
        fire(robot, "#recordCommitment");
        @SuppressWarnings("unchecked")
        TableView<MeetingSession.Commitment> commitments = robot.lookup("#commitmentTable").queryAs(TableView.class);
        assertThat(commitments.getItems()).singleElement().satisfies(c -> assertThat(c.done()).isFalse());
        robot.interact(() -> commitments.getSelectionModel().select(0));
        type(robot, "#commitmentDoneNote", "已函送審查委員");
        fire(robot, "#markCommitmentDone");
        assertThat(commitments.getItems()).singleElement().satisfies(c -> assertThat(c.done()).isTrue());
        Screenshots.save(window.scene, "zh-review-meeting");

        Path target = dataDir.resolveSibling(dataDir.getFileName() + "-programme.docx");
        window.dialogs.answers.add(target);
        window.dialogs.answers.add(1);
        fire(robot, "#runSheetZh");
        assertThat(Files.size(target)).isPositive();
    }
}
