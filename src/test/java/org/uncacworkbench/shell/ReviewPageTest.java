package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckBox;
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
import org.uncacworkbench.review.Reviewer;
import org.uncacworkbench.ui.Screenshots;

/** The secretariat keeps the cycle's international reviewers on the review page. */
@ExtendWith(ApplicationExtension.class)
class ReviewPageTest {

    @TempDir
    java.nio.file.Path dataDir;
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
    private static TableView<Reviewer> table(FxRobot robot) {
        return robot.lookup("#reviewerTable").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void theSecondCyclesReviewersAreListedAndAChosenOneFillsTheForm(FxRobot robot) {
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-review");
        assertThat(table(robot).getItems()).hasSize(5);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        assertThat(robot.lookup("#reviewerName").queryTextInputControl().getText()).isEqualTo("Elena Marković");
        assertThat(robot.lookup("#reviewerChair").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#reviewerDeclared").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText())
                .as("the ROC date in Chinese").isEqualTo("111年4月25日");
        Screenshots.save(window.scene, "zh-review-reviewers");
    }

    @Test
    void aNewReviewerIsAddedFromTheFormAndAMistakeIsSaidBesideIt(FxRobot robot) {
        robot.clickOn("#nav-review");
        assertThat(table(robot).getItems()).as("the third cycle has none yet").isEmpty();
        robot.clickOn("#newReviewer");
        robot.clickOn("#reviewerNationality").write("Chile");
        robot.clickOn("#saveReviewer");
        assertThat(text(robot, "#reviewerProblem")).isEqualTo("請輸入委員之英文姓名。");
        assertThat(app.reviews().reviewers(app.cycles().cycleByNumber(3).orElseThrow().id())).as("nothing written").isEmpty();

        robot.clickOn("#reviewerName").write("Ana Silva");
        robot.clickOn("#reviewerDeclared").write("115年11月2日");
        robot.clickOn("#saveReviewer");
        assertThat(robot.lookup("#reviewerProblem").queryAs(Labeled.class).isVisible()).isFalse();
        assertThat(table(robot).getItems()).extracting(Reviewer::name).containsExactly("Ana Silva");
        Reviewer saved = table(robot).getItems().getFirst();
        assertThat(saved.declaredOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 2));
        assertThat(text(robot, "#reviewersStatus")).isEqualTo("已新增審查委員：Ana Silva。");

        window.dialogs.answers.add(0); // yes, delete
        robot.clickOn("#deleteReviewer");
        assertThat(window.dialogs.questions.getLast()).startsWith("刪除此審查委員？: 確定永久刪除Ana Silva？");
        assertThat(table(robot).getItems()).isEmpty();
    }

    @Test
    void aReviewerWhoAskedQuestionsIsMarkedAsHavingLeftNotDeleted(FxRobot robot) {
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-review");
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        window.dialogs.answers.add(0);
        robot.clickOn("#deleteReviewer");
        assertThat(text(robot, "#reviewerProblem")).startsWith("Elena Marković無法刪除");
        assertThat(table(robot).getItems()).hasSize(5);

        robot.interact(() -> robot.lookup("#reviewerLeftOn").queryAs(javafx.scene.control.DatePicker.class).getEditor().setText("111年6月30日"));
        robot.clickOn("#markLeft");
        assertThat(table(robot).getItems().getLast().name()).isEqualTo("Elena Marković");
        assertThat(table(robot).getItems().getLast().leftOn()).isEqualTo(java.time.LocalDate.of(2022, 6, 30));
        robot.clickOn("#reinstateReviewer");
        assertThat(table(robot).getItems().getFirst().hasLeft()).isFalse();
    }

    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    @SuppressWarnings("unchecked")
    private static TableView<org.uncacworkbench.review.WrittenQuestion> questions(FxRobot robot) {
        return robot.lookup("#questionTable").queryAs(TableView.class);
    }

    @Test
    void aQuestionIsTypedRoutedAnsweredCheckedAndSentFromTheListOfIssues(FxRobot robot) throws Exception {
        robot.clickOn("#nav-review").clickOn("#questionsTab");
        assertThat(questions(robot).getItems()).as("the third cycle has none yet").isEmpty();
        robot.clickOn("#newQuestion");
        robot.clickOn("#questionArticles").write("33");
        robot.clickOn("#saveQuestion");
        assertThat(text(robot, "#questionProblem")).isEqualTo("請輸入審查委員提問之英文原文。");
        robot.clickOn("#questionEn").write("How are whistle-blowers protected?");
        robot.clickOn("#saveQuestion");
        assertThat(questions(robot).getItems()).hasSize(1);
        assertThat(text(robot, "#questionsStatus")).isEqualTo("已新增第 1 題。");

        var lead = robot.lookup("#questionLead").queryComboBox();
        robot.interact(() -> lead.getSelectionModel().select(
                lead.getItems().stream().filter(a -> ((org.uncacworkbench.agency.Agency) a).code().equals("AAC")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#questionDue").queryAs(javafx.scene.control.DatePicker.class).getEditor().setText("115年12月20日"));
        fire(robot, "#routeQuestion");
        assertThat(questions(robot).getItems().getFirst().status()).isEqualTo(org.uncacworkbench.review.QuestionStatus.ASSIGNED);

        // below the fold of the form: typed and pressed as the keyboard would, without scrolling the robot there
        java.nio.file.Path answer = dataDir.resolveSibling(dataDir.getFileName() + "-aac-answer.docx");
        java.nio.file.Files.copy(ReviewPageTest.class.getResourceAsStream("/docx/libreoffice-agency-answer.docx"), answer);
        window.dialogs.answers.add(answer);
        fire(robot, "#answerFromWord-AAC");
        assertThat(robot.lookup("#answerZh-AAC").queryTextInputControl().getText()).as("the agency's Word answer, as Markdown")
                .contains("| 年度 | 起訴人數 | 定罪人數 |");
        assertThat(questions(robot).getItems().getFirst().answers()).as("not saved before the user saves it").isEmpty();
        robot.interact(() -> robot.lookup("#answerEn-AAC").queryTextInputControl().setText("The Whistleblower Protection Act was passed."));
        fire(robot, "#saveAnswer-AAC");
        assertThat(questions(robot).getItems().getFirst().status()).isEqualTo(org.uncacworkbench.review.QuestionStatus.ANSWERED);
        fire(robot, "#markChecked");
        window.dialogs.answers.add(0); // yes, mark sent
        fire(robot, "#markSent");
        assertThat(window.dialogs.questions.getLast()).startsWith("送交審查委員？: 確定將第 1 題及其回復標記為已送審查委員？");
        assertThat(questions(robot).getItems().getFirst().status()).isEqualTo(org.uncacworkbench.review.QuestionStatus.SENT);
        assertThat(robot.lookup("#saveQuestion").queryButton().isDisabled()).as("a sent question no longer changes").isTrue();
        Screenshots.save(window.scene, "zh-review-questions");
    }

    @Test
    void theQaBookletIsWrittenWhereTheUserChoosesAndOfferedToOpen(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.clickOn("#nav-review").clickOn("#questionsTab");
        assertThat(questions(robot).getItems()).hasSize(8);
        java.nio.file.Path target = dataDir.resolveSibling(dataDir.getFileName() + "-qa.docx");
        window.dialogs.answers.add(target);
        window.dialogs.answers.add(0); // open it
        robot.clickOn("#bookletEn");
        assertThat(java.nio.file.Files.size(target)).isPositive();
        assertThat(window.dialogs.opened).containsExactly(target);
        assertThat(text(robot, "#questionsStatus")).isEqualTo("問答彙編已產生：" + target);
    }

    @Test
    void theReviewersExcelListOfIssuesIsShownThenImportedWhenConfirmed(FxRobot robot) throws Exception {
        java.nio.file.Path file = dataDir.resolveSibling(dataDir.getFileName() + "-issues.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = book.createSheet();
            String[][] rows = {{"Question", "Article"}, {"How are assets returned?", "57"}, {"Who audits political parties?", "7"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 2; c++) {
                    sheet.createRow(r).createCell(c);
                }
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.getRow(r);
                row.createCell(0).setCellValue(rows[r][0]);
                row.createCell(1).setCellValue(rows[r][1]);
            }
            book.write(out);
        }
        robot.clickOn("#nav-review").clickOn("#questionsTab");
        window.dialogs.answers.add(file);
        robot.clickOn("#importQuestions"); // no answer to the preview: cancelled
        assertThat(window.dialogs.questions.getLast()).startsWith("匯入 2 題？: 將接續本週期最後一題編號，提問日期為今日：")
                .contains("1. [57] How are assets returned?", "2. [7] Who audits political parties?");
        assertThat(questions(robot).getItems()).as("nothing saved before confirming").isEmpty();
        window.dialogs.answers.add(file);
        window.dialogs.answers.add(0);
        robot.clickOn("#importQuestions");
        assertThat(questions(robot).getItems()).extracting(q -> q.articles()).containsExactly(List.of(57), List.of(7));
        assertThat(text(robot, "#questionsStatus")).isEqualTo("已匯入 2 題。");
    }
}
