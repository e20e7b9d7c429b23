package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import org.uncacworkbench.requests.RequestStatus;
import org.uncacworkbench.requests.ui.RequestsViewModel;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.ui.Screenshots;

/** The secretariat asks agencies for input, records what comes back, and merges it into the report. */
@ExtendWith(ApplicationExtension.class)
class RequestsPageTest {

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

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<RequestsViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#requestTable").queryAs(TableView.class);
    }

    private void select(FxRobot robot, int request, String agency) {
        TableView<RequestsViewModel.Row> table = table(robot);
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            var r = table.getItems().get(i);
            if (r.request().number() == request && r.recipient().agency().code().equals(agency)) {
                row = i;
            }
        }
        int index = row;
        robot.interact(() -> table.getSelectionModel().select(index));
    }

    @Test
    void theDashboardShowsTheOverdueRequestAndThePageListsEveryAgencysPart(FxRobot robot) {
        assertThat(robot.lookup(".overdue-request").queryAs(Labeled.class).getText()).startsWith("第 1 號徵詢：MOJ 尚未回復");
        robot.clickOn("#nav-requests");
        assertThat(table(robot).getItems()).hasSize(5);
        assertThat(table(robot).getItems()).filteredOn(r -> r.recipient().status() == RequestStatus.OVERDUE).hasSize(1);
        Screenshots.save(window.scene, "zh-requests");
    }

    @Test
    void sendAnswerByImportAndMergeIntoASection(FxRobot robot) throws Exception {
        robot.clickOn("#nav-requests").clickOn("#newRequest");
        robot.clickOn("#requestTitle").write("請提供第33條檢舉人保護統計");
        robot.clickOn("#requestArticles").write("32-33");
        ListView<?> agencies = robot.lookup("#requestAgencies").queryAs(ListView.class);
        robot.interact(() -> {
            agencies.getSelectionModel().select(app.agencies().agencies().stream().map(a -> a.code()).toList().indexOf("AAC"));
        });
        robot.clickOn("#sendRequest");
        assertThat(text(robot, "#requestsStatus")).isEqualTo("第 4 號徵詢已發送給 1 個機關。");

        Path docx = dataDir.resolve("aac-answer.docx");
        Files.copy(RequestsPageTest.class.getResourceAsStream("/docx/libreoffice-agency-answer.docx"), docx);
        select(robot, 4, "AAC");
        window.dialogs.answers.add(docx);
        robot.clickOn("#importAnswer");
        assertThat(text(robot, "#requestsStatus")).isEqualTo("已匯入 aac-answer.docx。");

        select(robot, 4, "AAC");
        assertThat(robot.lookup("#answerText").queryAs(TextArea.class).getText()).contains("| 年度 | 起訴人數 | 定罪人數 |");
        robot.clickOn("#mergeArticle").clickOn("33");
        long cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
        long a33 = app.sections().sectionId(cycle3, "A33").orElseThrow();
        int before = app.revisions().history(a33, org.uncacworkbench.i18n.Language.ZH_TW).size();
        robot.clickOn("#mergeAnswer"); // no answer: the confirmation is cancelled
        assertThat(window.dialogs.questions.getLast()).startsWith("併入章節: 確定將 AAC 的回復附加於第 33 條（繁體中文）內容之後？");
        assertThat(app.revisions().history(a33, org.uncacworkbench.i18n.Language.ZH_TW)).as("nothing merged").hasSize(before);
        window.dialogs.answers.add(0);
        robot.clickOn("#mergeAnswer");

        Revision merged = app.sections().open(a33).zh().orElseThrow();
        assertThat(merged.source()).isEqualTo(Revision.MERGE);
        assertThat(merged.body()).contains("賄賂罪之**起訴**");
        select(robot, 4, "AAC");
        assertThat(text(robot, "#mergedInto")).isEqualTo("已併入 A33 zh。");
        Screenshots.save(window.scene, "zh-requests-merged");
    }

    @Test
    void aTypingMistakeInTheArticlesIsReportedAndNothingIsSent(FxRobot robot) {
        robot.clickOn("#nav-requests").clickOn("#newRequest");
        robot.clickOn("#requestTitle").write("測試");
        robot.clickOn("#requestArticles").write("15-x");
        robot.clickOn("#sendRequest");
        assertThat(window.dialogs.warnings).singleElement().satisfies(e -> assertThat(e).startsWith("無法送出徵詢: ").contains("「15-x」不是條號"));
        assertThat(app.requests().requests(app.cycles().cycleByNumber(3).orElseThrow().id())).hasSize(3);
    }

    @Test
    void aPastedAnswerIsSavedAndAnAgencyCanBeAdded(FxRobot robot) {
        robot.clickOn("#nav-requests");
        select(robot, 2, "MJIB");
        robot.clickOn("#answerText").write("可疑交易報告 2025 年 28,102 件（示範數字）。");
        robot.clickOn("#saveAnswer");
        assertThat(text(robot, "#requestsStatus")).isEqualTo("已儲存 MJIB 對第 2 號徵詢的回復。");

        javafx.scene.control.TabPane tabs = robot.lookup("#requestsPage").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("#newAgency");
        robot.clickOn("#agencyCode").write("NCC");
        robot.clickOn("#agencyNameZh").write("國家通訊傳播委員會");
        robot.clickOn("#agencyNameEn").write("National Communications Commission");
        robot.clickOn("#agencyParent").write("EY");
        robot.clickOn("#saveAgency");
        assertThat(app.agencies().agencies()).anyMatch(a -> a.code().equals("NCC") && "EY".equals(a.parentCode()));
    }

    @Test
    void aContactWhoMovedOnIsChangedThenRemoved(FxRobot robot) {
        robot.clickOn("#nav-requests");
        javafx.scene.control.TabPane tabs = robot.lookup("#requestsPage").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<?> agencies = robot.lookup("#agencyList").queryAs(ListView.class);
        int aac = app.agencies().agencies().stream().map(a -> a.code()).toList().indexOf("AAC");
        robot.interact(() -> agencies.getSelectionModel().select(aac));
        ListView<?> contacts = robot.lookup("#contactList").queryAs(ListView.class);
        assertThat(contacts.getItems()).hasSize(2);
        assertThat(robot.lookup("#saveContact").queryButton().isDisabled()).as("nothing chosen yet").isTrue();

        robot.clickOn("陳建宏（科長）　jianhong.chen@example.gov.tw");
        assertThat(robot.lookup("#contactEmail").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("jianhong.chen@example.gov.tw");
        // a typing mistake is reported in the user's language and changes nothing
        robot.doubleClickOn("#contactEmail").press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL).write("jh.chen.example.gov.tw");
        robot.clickOn("#saveContact");
        assertThat(window.dialogs.warnings).singleElement().asString().contains("「jh.chen.example.gov.tw」不是有效的電子郵件地址。");
        window.dialogs.warnings.clear();
        assertThat(contacts.getItems()).extracting(Object::toString).noneMatch(c -> c.contains("jh.chen.example"));
        robot.doubleClickOn("#contactEmail").press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL).write("jh.chen@example.gov.tw");
        robot.clickOn("#saveContact");
        assertThat(text(robot, "#requestsStatus")).isEqualTo("已儲存聯絡人 陳建宏。");
        assertThat(contacts.getItems()).extracting(Object::toString).anyMatch(c -> c.contains("jh.chen@example.gov.tw"));

        robot.clickOn("陳建宏（科長）　jh.chen@example.gov.tw");
        window.dialogs.answers.add(1); // "Cancel": nothing removed
        robot.clickOn("#removeContact");
        assertThat(contacts.getItems()).hasSize(2);
        window.dialogs.answers.add(0);
        robot.clickOn("#removeContact");
        assertThat(window.dialogs.questions).last().asString().contains("要從名錄中刪除 陳建宏 嗎？");
        assertThat(text(robot, "#requestsStatus")).isEqualTo("已刪除聯絡人 陳建宏。");
        long aacId = app.agencies().agencies().get(aac).id();
        assertThat(app.agencies().contacts(aacId)).extracting(org.uncacworkbench.agency.Contact::name).containsExactly("林雅婷");
        assertThat(window.dialogs.errors).isEmpty();
        Screenshots.save(window.scene, "zh-agencies-contacts");
    }
}
