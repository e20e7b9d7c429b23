package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
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
import org.uncacworkbench.review.Observation;
import org.uncacworkbench.review.ObservationImportTest;
import org.uncacworkbench.ui.Screenshots;

/** The secretariat imports the reviewers' concluding observations, checks the preview, adopts them and exports them. */
@ExtendWith(ApplicationExtension.class)
class ObservationsPageTest {

    @TempDir
    Path dataDir;
    App app;
    final WindowFixture window = new WindowFixture();

    @Start
    void start(Stage stage) {
        app = TestWorkbench.withDemoBeforeReview(dataDir, 3);
        SettingsStore store = new SettingsStore(dataDir, Locale.TAIWAN);
        window.show(stage, app, store, store.load());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Observation> table(FxRobot robot) {
        return robot.lookup("#observationTable").queryAs(TableView.class);
    }

    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    private Path sibling(String name) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-" + name);
    }

    @Test
    void theReviewersDocumentIsPreviewedImportedAdoptedChangedWithAReasonAndExported(FxRobot robot) throws Exception {
        Path file;
        try (var d = new ObservationImportTest.Doc()) {
            file = d.heading("Main findings and observations").para("1. Outcomes are not measured (A. 5).")
                    .heading("Challenges to implementation and recommendations").para("2. Verify asset declarations (A. 8).")
                    .heading("Annex").para("3. The chair thanks the interpreters.")
                    .save(sibling("observations.docx"));
        }
        robot.clickOn("#nav-review").clickOn("#observationsTab");
        assertThat(table(robot).getItems()).as("the third cycle has none yet").isEmpty();

        window.dialogs.answers.add(file); // no answer to the preview: cancelled
        robot.clickOn("#importObservations");
        assertThat(window.dialogs.tables.getLast()).containsExactly(
                List.of("1", "新增", "主要發現或意見", "5", "Outcomes are not measured (A. 5).", ""),
                List.of("2", "新增", "挑戰及建議", "8", "Verify asset declarations (A. 8).", ""),
                List.of("3", "新增", "Annex", "", "The chair thanks the interpreters.", "未引用條文; 標題不是本次審查之類別或主題"));
        assertThat(table(robot).getItems()).as("nothing saved before confirming").isEmpty();

        window.dialogs.answers.add(file);
        window.dialogs.answers.add(0); // apply
        robot.clickOn("#importObservations");
        assertThat(table(robot).getItems()).extracting(Observation::number).containsExactly(1, 2, 3);
        assertThat(table(robot).getItems()).allSatisfy(o -> assertThat(o.draft()).isTrue());

        robot.interact(() -> robot.lookup("#observationsAdoptedOn").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .setText("115年11月20日"));
        window.dialogs.answers.add(0); // adopt
        fire(robot, "#adoptObservations");
        assertThat(window.dialogs.questions.getLast()).contains("3 點草案將於115年11月20日通過");
        assertThat(robot.lookup("#observationsStatus").queryAs(Labeled.class).getText()).isEqualTo("已通過 3 點。");

        robot.interact(() -> table(robot).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#observationEn").queryTextInputControl().setText("Verify asset declarations every year (A. 8)."));
        window.dialogs.answers.add("勘誤：每年查核");
        fire(robot, "#saveObservation");
        assertThat(window.dialogs.questions.getLast()).startsWith("修改已通過之第 2 點");
        Observation changed = table(robot).getItems().get(1);
        assertThat(changed.textEn()).isEqualTo("Verify asset declarations every year (A. 8).");
        VBox versions = robot.lookup("#observationVersions").queryAs(VBox.class);
        assertThat(versions.getChildren()).extracting(n -> ((Labeled) n).getText())
                .anySatisfy(t -> assertThat(t).contains("勘誤：每年查核"))
                .anySatisfy(t -> assertThat(t).isEqualTo("Verify asset declarations (A. 8)."));
        Screenshots.save(window.scene, "zh-review-observations");

        Path target = sibling("co.docx");
        window.dialogs.answers.add(2); // both languages, side by side
        window.dialogs.answers.add(target);
        window.dialogs.answers.add(1); // not now
        fire(robot, "#exportObservations");
        assertThat(Files.size(target)).isPositive();
    }
}
