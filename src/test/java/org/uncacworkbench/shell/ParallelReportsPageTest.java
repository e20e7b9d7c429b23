package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.uncacworkbench.review.ParallelReport;
import org.uncacworkbench.ui.Screenshots;

/** The secretariat registers civil society's parallel report, keeps its original, splits it into points, maps and answers them. */
@ExtendWith(ApplicationExtension.class)
class ParallelReportsPageTest {

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

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    @Test
    void aReportIsRegisteredKeptSplitMappedAndAnswered(FxRobot robot) throws Exception {
        robot.clickOn("#nav-review").clickOn("#parallelTab");
        assertThat(table(robot, "#parallelReportTable").getItems()).isEmpty();
        fire(robot, "#saveParallelReport");
        assertThat(robot.lookup("#parallelProblem").queryAs(Labeled.class).getText()).isEqualTo("請填寫團體之英文名稱。");
        robot.interact(() -> {
            robot.lookup("#parallelOrganisationZh").queryTextInputControl().setText("廉政觀察");
            robot.lookup("#parallelOrganisationEn").queryTextInputControl().setText("Integrity Watch");
            robot.lookup("#parallelTitle").queryTextInputControl().setText("Shadow report on the Third National Report");
        });
        fire(robot, "#saveParallelReport");
        assertThat(table(robot, "#parallelReportTable").getItems()).hasSize(1);

        Path original = Files.write(dataDir.resolveSibling(dataDir.getFileName() + "-watch.pdf"), new byte[] {'%', 'P', 'D', 'F', 1, 2});
        window.dialogs.answers.add(original);
        fire(robot, "#keepOriginal");
        fire(robot, "#openOriginal");
        assertThat(window.dialogs.opened).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(Files.readAllBytes(original)));

        robot.interact(() -> robot.lookup("#parallelPasted").queryTextInputControl().setText(
                "1. Private-sector whistle-blowers are unprotected (article 33).\n\n2. 立法委員財產申報未查核（第8條）。"));
        fire(robot, "#splitParallelReport");
        TableView<ParallelReport.Point> points = table(robot, "#parallelPointTable");
        assertThat(points.getItems()).extracting(ParallelReport.Point::articles).containsExactly(List.of(33), List.of(8));

        robot.interact(() -> points.getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#parallelPointArticles").queryTextInputControl().setText("8, 52"));
        fire(robot, "#saveParallelPoint");
        var agency = robot.lookup("#parallelAnswerAgency").queryComboBox();
        robot.interact(() -> agency.getSelectionModel().select(agency.getItems().stream()
                .filter(a -> ((org.uncacworkbench.agency.Agency) a).code().equals("MOJ")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#parallelAnswer").queryTextInputControl().setText("申報資料每年抽查。"));
        fire(robot, "#saveParallelAnswer");
        ParallelReport saved = app.parallelReports().reports(app.cycles().cycleByNumber(3).orElseThrow().id()).getFirst();
        assertThat(saved.points().get(1).articles()).containsExactly(8, 52);
        assertThat(saved.points().get(1).answeredBy().code()).isEqualTo("MOJ");
        Screenshots.save(window.scene, "zh-review-parallel");
    }
}
