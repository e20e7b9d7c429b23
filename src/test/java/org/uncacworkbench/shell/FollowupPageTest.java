package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.followup.ControlLevel;
import org.uncacworkbench.followup.DecisionKind;
import org.uncacworkbench.followup.FollowupSnapshot;
import org.uncacworkbench.followup.Grade;
import org.uncacworkbench.followup.ReportingRound;
import org.uncacworkbench.followup.FilledWorkbooks;
import org.uncacworkbench.ui.Screenshots;

/** The secretariat assigns a point, opens a round, imports a returned workbook, assesses and decides, on the demo's cycle 2. */
@ExtendWith(ApplicationExtension.class)
class FollowupPageTest {

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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private void point(FxRobot robot, int number) {
        TableView<FollowupSnapshot.Row> t = table(robot, "#followupTable");
        robot.interact(() -> t.getSelectionModel().select(t.getItems().stream().filter(r -> r.observation().number() == number).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, T value) {
        robot.interact(() -> robot.lookup(id).queryAs(ComboBox.class).setValue(value));
    }

    @Test
    void aPointIsAssignedARoundOpenedAWorkbookImportedAssessedAndDecided(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-followup");
        TableView<FollowupSnapshot.Row> points = table(robot, "#followupTable");
        assertThat(points.getItems()).as("cycle 2's adopted observations").hasSize(30);

        // assign point 1, which has no assignment yet: the plan is asked for first
        point(robot, 1);
        assertThat(text(robot, "#latestReport")).isEqualTo("尚未分派：分派後才有機關填報。");
        robot.interact(() -> robot.lookup("#leadAgency").queryAs(ComboBox.class).getSelectionModel()
                .select(app.agencies().agencies().stream().filter(a -> a.code().equals("AAC")).findFirst().orElseThrow()));
        choose(robot, "#controlLevel", ControlLevel.MINISTRY);
        fire(robot, "#saveAssignment");
        assertThat(text(robot, "#followupProblem")).isEqualTo("請填寫中文辦理計畫。");
        robot.interact(() -> {
            robot.lookup("#planZh").queryAs(TextInputControl.class).setText("研訂廉政政策成效評估機制。");
            robot.lookup("#coAgencies").queryAs(TextInputControl.class).setText("moj、NDC");
            robot.lookup("#indicatorDescription").queryAs(TextInputControl.class).setText("完成評估報告");
            robot.lookup("#indicatorTarget").queryAs(TextInputControl.class).setText("1");
        });
        fire(robot, "#addIndicator");
        fire(robot, "#saveAssignment");
        assertThat(text(robot, "#followupStatus")).isEqualTo("第 1 點已分派予法務部廉政署（AAC）。");
        var assigned = app.followup().assignment(points.getItems().getFirst().observation().id()).orElseThrow();
        assertThat(assigned.coAgencies()).extracting(a -> a.code()).containsExactly("MOJ", "NDC");
        assertThat(assigned.indicators()).singleElement().satisfies(i -> assertThat(i.descriptionZh()).isEqualTo("完成評估報告"));
        Screenshots.save(window.scene, "zh-followup-points");

        // open the next round; it goes to AAC, MOJ, NDC among others
        robot.clickOn("#roundsTab");
        assertThat(robot.lookup("#roundLabel").queryAs(TextInputControl.class).getText()).as("the half year today falls in, proposed").isEqualTo("2026H2");
        robot.interact(() -> robot.lookup("#roundLabel").queryAs(TextInputControl.class).setText("2025H1"));
        robot.interact(() -> {
            robot.lookup("#roundTitleZh").queryAs(TextInputControl.class).setText("2025 年上半年");
            robot.lookup("#roundTitleEn").queryAs(TextInputControl.class).setText("first half of 2025");
            robot.lookup("#roundOpened").queryAs(javafx.scene.control.DatePicker.class).getEditor().setText("114年6月2日");
            robot.lookup("#roundDue").queryAs(javafx.scene.control.DatePicker.class).getEditor().setText("114年7月15日");
        });
        fire(robot, "#openRound");
        TableView<ReportingRound> rounds = table(robot, "#roundTable");
        assertThat(rounds.getItems()).extracting(ReportingRound::label).containsExactly("2023H1", "2024H1", "2025H1");
        assertThat(rounds.getSelectionModel().getSelectedItem().label()).isEqualTo("2025H1");
        TableView<ReportingRound.AgencyState> agencies = table(robot, "#roundAgencyTable");
        assertThat(agencies.getItems()).extracting(a -> a.agency().code()).contains("AAC", "MOJ", "NDC");

        // write MOJ's workbook and letter, fill it as MOJ would, import it
        Path out = dataDir.resolveSibling(dataDir.getFileName() + "-round");
        robot.interact(() -> agencies.getSelectionModel().select(agencies.getItems().stream().filter(a -> a.agency().code().equals("MOJ")).findFirst().orElseThrow()));
        window.dialogs.answers.add(out);
        window.dialogs.answers.add(1); // not now
        fire(robot, "#writeRoundFiles");
        assertThat(out.resolve("2025H1-MOJ.xlsx")).exists();
        assertThat(out.resolve("2025H1-MOJ-函.docx")).exists();
        Path returned = out.resolve("returned.xlsx");
        try (var in = Files.newInputStream(out.resolve("2025H1-MOJ.xlsx")); var wb = new XSSFWorkbook(in); var o = Files.newOutputStream(returned)) {
            FilledWorkbooks.fillEveryPoint(wb);
            wb.write(o);
        }
        robot.interact(() -> agencies.getSelectionModel().select(agencies.getItems().stream().filter(a -> a.agency().code().equals("MOJ")).findFirst().orElseThrow()));
        window.dialogs.answers.add(returned);
        window.dialogs.answers.add(0); // import
        fire(robot, "#importWorkbook");
        assertThat(window.dialogs.tables.getLast()).as("point 1, just assigned with MOJ, and MOJ's six").hasSize(7).first()
                .satisfies(r -> assertThat(r).containsExactly("1", "新增", "辦理中", "第 1 點已召開會議研商。"));
        assertThat(text(robot, "#followupStatus")).isEqualTo("法務部（MOJ）：已儲存 7 筆填報。");
        assertThat(agencies.getItems()).filteredOn(a -> a.agency().code().equals("MOJ")).singleElement()
                .satisfies(a -> assertThat(a.returnedOn()).isNotNull());
        Screenshots.save(window.scene, "zh-followup-rounds");

        // assess point 14's new report and decide to keep tracking it; releasing without evidence is refused
        robot.clickOn("#followupPointsTab");
        point(robot, 14);
        assertThat(text(robot, "#latestReport")).startsWith("2025H1 回合，法務部（MOJ）——辦理中");
        choose(robot, "#grade", Grade.B);
        fire(robot, "#assessButton");
        choose(robot, "#decisionKind", DecisionKind.RELEASE);
        robot.interact(() -> robot.lookup("#reasonZh").queryAs(TextInputControl.class).setText("已完成修法。"));
        fire(robot, "#decideButton");
        assertThat(text(robot, "#followupProblem")).startsWith("解除列管須附佐證");
        choose(robot, "#decisionKind", DecisionKind.CONTINUE);
        var sessions = app.panel().sessions(app.cycles().cycleByNumber(2).orElseThrow().id());
        choose(robot, "#decisionSession", sessions.getLast());
        assertThat(robot.lookup("#decidedBy").queryAs(TextInputControl.class).getText()).as("the meeting, named as the decider")
                .startsWith("審閱諮詢委員會第 " + sessions.getLast().number() + " 次會議（");
        robot.interact(() -> robot.lookup("#reasonZh").queryAs(TextInputControl.class).setText("草案尚待立法院審議。"));
        window.dialogs.answers.add(0); // record it
        fire(robot, "#decideButton");
        assertThat(window.dialogs.questions.getLast()).contains("對第 14 點記錄「繼續列管」？");
        assertThat(text(robot, "#followupStatus")).isEqualTo("第 14 點：繼續列管。");
        var row = points.getSelectionModel().getSelectedItem();
        assertThat(row.observation().number()).isEqualTo(14);
        assertThat(row.grade()).isEqualTo(Grade.B);
        assertThat(robot.lookup("#followupHistory").queryAs(javafx.scene.layout.VBox.class).getChildren()).last()
                .satisfies(n -> assertThat(((Labeled) n).getText()).contains("繼續列管——審閱諮詢委員會第").endsWith("：草案尚待立法院審議。"));
        assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM tracking_decision WHERE panel_session_id = " + sessions.getLast().id()))
                .as("the decision tied to the session").isEqualTo(1);

        // the mid-term report, in English, from the page
        Path midterm = dataDir.resolveSibling(dataDir.getFileName() + "-midterm");
        choose(robot, "#followupDocLanguage", org.uncacworkbench.i18n.Language.EN);
        window.dialogs.answers.add(midterm);
        window.dialogs.answers.add(1); // not now
        fire(robot, "#exportMidterm");
        Path written = Path.of(midterm + ".docx");
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(written));
        try (var in = Files.newInputStream(written); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText())
                    .contains("para. 14 ").contains("Results so far: 第 14 點已召開會議研商。 (reported in 2025H1)");
        }
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void theChartsCountThePointsAndABarListsThem(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-followup").clickOn("#chartsTab");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.chart.BarChart<String, Number> grades = robot.lookup("#followupChartGrades").queryAs(javafx.scene.chart.BarChart.class);
        var bars = grades.getData().getFirst().getData();
        assertThat(bars).extracting(d -> d.getXValue() + "=" + d.getYValue()).containsExactly("A=6", "B=6", "C=3", "D=0", "E=0", "未評估=2");
        @SuppressWarnings("unchecked")
        javafx.scene.chart.StackedBarChart<String, Number> lead = robot.lookup("#followupChartLead").queryAs(javafx.scene.chart.StackedBarChart.class);
        assertThat(lead.getData()).extracting(s -> s.getName()).containsExactly("列管中", "已解除列管", "自行列管");
        assertThat(lead.getData().getFirst().getData()).filteredOn(d -> d.getXValue().equals("MOJ")).singleElement()
                .satisfies(d -> assertThat(d.getYValue()).as("6, 14, 19, 21 under tracking").isEqualTo(4));
        @SuppressWarnings("unchecked")
        javafx.scene.chart.LineChart<String, Number> trend = robot.lookup("#followupChartTrend").queryAs(javafx.scene.chart.LineChart.class);
        assertThat(trend.getData().getFirst().getData()).extracting(d -> d.getXValue() + "=" + d.getYValue()).containsExactly("2023H1=5", "2024H1=1");

        robot.clickOn(bars.getFirst().getNode());
        assertThat(text(robot, "#chartPointsTitle")).isEqualTo("A：大致落實：6 點");
        assertThat(robot.lookup("#chartPoints").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(6)
                .first().asString().startsWith("第 7 點：");
        Screenshots.save(window.scene, "zh-followup-charts");

        Path png = dataDir.resolveSibling(dataDir.getFileName() + "-grades");
        window.dialogs.answers.add(png);
        fire(robot, "#followupChartGradesSave");
        Path written = Path.of(png + ".png");
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(written));
        assertThat(javax.imageio.ImageIO.read(written.toFile()).getWidth()).isGreaterThan(200);
    }

    @Test
    void aPointOfTheThirdReportIsLinkedToTheSecondsItFollowsUp(FxRobot robot) {
        app.observations().adopt(app.cycles().cycleByNumber(3).orElseThrow().id(), java.time.LocalDate.of(2026, 11, 20), "lin");
        robot.clickOn("#nav-followup");
        point(robot, 1);
        assertThat(robot.lookup("#earlierCycle").queryAs(TextInputControl.class).getText()).as("the report before, proposed").isEqualTo("2");
        fire(robot, "#addLink");
        assertThat(text(robot, "#followupProblem")).isEqualTo("請填寫前次報告次數、點次，並選擇重申或追蹤。");
        robot.interact(() -> robot.lookup("#earlierPoint").queryAs(TextInputControl.class).setText("14"));
        fire(robot, "#addLink");
        assertThat(text(robot, "#followupStatus")).isEqualTo("第 1 點已連結至第 2 次報告第 14 點。");
        assertThat(robot.lookup("#linkList").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(1);
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void manyPointsAreAssignedFromTheAssignmentSheet(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-followup");
        TableView<FollowupSnapshot.Row> points = table(robot, "#followupTable");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !points.getItems().isEmpty());
        int free = points.getItems().stream().filter(r -> r.assignment() == null).findFirst().orElseThrow().observation().number();
        Path sheet = dataDir.resolveSibling(dataDir.getFileName() + "-assignments");
        window.dialogs.answers.add(sheet);
        window.dialogs.answers.add(1); // not now
        fire(robot, "#writeAssignmentSheet");
        Path written = Path.of(sheet + ".xlsx");
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(written));
        try (var in = Files.newInputStream(written); var wb = new XSSFWorkbook(in); var o = Files.newOutputStream(written)) {
            var s = wb.getSheetAt(0);
            for (int r = 4; r <= s.getLastRowNum(); r++) {
                if ((int) s.getRow(r).getCell(0).getNumericCellValue() == free) {
                    s.getRow(r).getCell(4).setCellValue("AAC");
                    s.getRow(r).getCell(6).setCellValue("自行列管");
                    s.getRow(r).getCell(7).setCellValue("辦理宣導。");
                }
            }
            wb.write(o);
        }
        window.dialogs.answers.add(written);
        window.dialogs.answers.add(0); // assign
        fire(robot, "#importAssignmentSheet");
        assertThat(window.dialogs.questions.getLast()).contains("新指派 1 點、變更 0 點");
        assertThat(window.dialogs.tables.getLast()).singleElement()
                .satisfies(r -> assertThat(r).containsExactly(String.valueOf(free), "新增", "AAC", "自行列管"));
        assertThat(text(robot, "#followupStatus")).isEqualTo("已依指派表指派或變更 1 點。");
        assertThat(app.followup().assignment(points.getItems().stream().filter(r -> r.observation().number() == free).findFirst().orElseThrow()
                .observation().id())).hasValueSatisfying(a -> assertThat(a.lead().code()).isEqualTo("AAC"));
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void theCycleSetsItsOwnScaleAndTheAssessmentChoicesFollow(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-followup");
        point(robot, 14);
        // opened as a click would, without waiting here for the dialog to close
        javafx.application.Platform.runLater(() -> robot.lookup("#editScale").queryButton().fire());
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#saveScale").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#scaleZh-B").queryAs(TextInputControl.class).getText()).isEqualTo("部分落實");
        robot.interact(() -> {
            robot.lookup("#scaleUsed-D").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
            robot.lookup("#scaleUsed-E").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
            robot.lookup("#scaleEn-A").queryAs(TextInputControl.class).setText("");
        });
        robot.clickOn("#saveScale");
        assertThat(text(robot, "#scaleProblem")).isEqualTo("請填寫等級 A 的中文及英文名稱。");
        robot.interact(() -> {
            robot.lookup("#scaleZh-A").queryAs(TextInputControl.class).setText("已落實");
            robot.lookup("#scaleEn-A").queryAs(TextInputControl.class).setText("Implemented");
        });
        robot.clickOn("#saveScale");
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#saveScale").tryQuery().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#grade").queryAs(ComboBox.class).getItems().size() == 3);
        assertThat(text(robot, "#followupStatus")).isEqualTo("本週期以 A、B、C 評估。");
        choose(robot, "#grade", Grade.A);
        assertThat(robot.lookup("#grade").queryAs(ComboBox.class).getButtonCell().getText()).isEqualTo("A：已落實");
        assertThat(app.followup().scale(app.cycles().cycleByNumber(2).orElseThrow().id()).grades()).containsExactly(Grade.A, Grade.B, Grade.C);
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void thePanelAssessesAtItsMeetingAndItsRulingIsTheDecisionsGround(FxRobot robot) throws Exception {
        long cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
        var ruling = app.sessionRecords().rulings(cycle2).getFirst();
        var meeting = app.panel().sessions(cycle2).stream().filter(x -> x.id() == ruling.sessionId()).findFirst().orElseThrow();
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-followup");
        point(robot, 14);
        choose(robot, "#grade", Grade.C);
        choose(robot, "#assessSession", meeting);
        fire(robot, "#assessButton");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM progress_assessment WHERE grade = 'C' AND panel_session_id = " + meeting.id()))
                .as("assessed at the meeting").isEqualTo(1);
        assertThat(robot.lookup("#followupHistory").queryAs(javafx.scene.layout.VBox.class).getChildren()).anySatisfy(n ->
                assertThat(((Labeled) n).getText()).contains("審閱諮詢委員會第 " + meeting.number() + " 次會議"));

        assertThat(robot.lookup("#decisionRuling").queryAs(ComboBox.class).isDisabled()).as("no meeting chosen: no ruling").isTrue();
        choose(robot, "#decisionKind", DecisionKind.CONTINUE);
        choose(robot, "#decisionSession", meeting);
        assertThat(robot.lookup("#decisionRuling").queryAs(ComboBox.class).getItems()).as("the meeting's rulings only")
                .allSatisfy(x -> assertThat(((org.uncacworkbench.panel.Ruling) x).sessionId()).isEqualTo(meeting.id())).contains(ruling);
        choose(robot, "#decisionRuling", ruling);
        robot.interact(() -> robot.lookup("#reasonZh").queryAs(TextInputControl.class).setText("依委員會決議繼續列管。"));
        robot.interact(() -> {
            var form = robot.lookup("#followupForm").query();
            var scroll = (javafx.scene.control.ScrollPane) form.getParent().getParent().getParent();
            scroll.setVvalue(0.62);
        });
        Screenshots.save(window.scene, "zh-followup-decide");
        window.dialogs.answers.add(0);
        fire(robot, "#decideButton");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM tracking_decision WHERE ruling_id = " + ruling.id()
                + " AND panel_session_id = " + meeting.id())).isEqualTo(1);
        assertThat(window.dialogs.errors).isEmpty();
    }
}
