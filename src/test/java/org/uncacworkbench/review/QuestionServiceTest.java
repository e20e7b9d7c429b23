package org.uncacworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.WorkbenchException;

/** The list of issues: questions numbered in the cycle, routed, answered, checked and sent, and the Q&A booklet. */
class QuestionServiceTest {

    @TempDir
    Path dir;
    App app;
    long cycle2;
    long cycle3;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemoBeforeReview(dir.resolve("data"), 3);
        cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
        cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long agency(String code) {
        return app.agencies().agencies().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static String refusal(Runnable action) {
        return TestWorkbench.refusal(action);
    }

    @Test
    void theSecondCyclesQuestionsAreReadWithTheirArticlesRoutingAndAnswers() {
        List<WrittenQuestion> questions = app.questions().questions(cycle2);
        assertThat(questions).hasSize(8);
        WrittenQuestion first = questions.getFirst();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.articles()).containsExactly(5);
        assertThat(first.reviewerName()).isEqualTo("Elena Marković");
        assertThat(first.routing()).extracting(r -> r.agency().code()).first().isEqualTo("AAC");
        assertThat(first.answers()).isNotEmpty();
        assertThat(first.status()).isEqualTo(QuestionStatus.SENT);
    }

    @Test
    void aQuestionIsNumberedRoutedAnsweredCheckedAndSentInThatOrder() {
        WrittenQuestion q = app.questions().add(cycle3, new QuestionDraft(null, "12, 5", "How are conflicts of interest declared?",
                null, LocalDate.of(2026, 11, 2)), "lin");
        assertThat(q.number()).isEqualTo(1);
        assertThat(q.articles()).containsExactly(5, 12);
        assertThat(q.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(refusal(() -> app.questions().markChecked(q.id(), q.version(), "lin"))).isEqualTo("review.question.notReady");

        WrittenQuestion routed = app.questions().route(q.id(), q.version(), agency("AAC"), List.of(agency("MOJ"), agency("AAC")),
                LocalDate.of(2026, 11, 20), "lin");
        assertThat(routed.status()).isEqualTo(QuestionStatus.ASSIGNED);
        assertThat(routed.routing()).extracting(r -> r.agency().code() + (r.lead() ? "*" : "")).containsExactly("AAC*", "MOJ");
        assertThat(app.questions().overdue(cycle3)).as("past 20 Nov with no answers (the test clock says 23 Nov)")
                .extracting(QuestionService.Overdue::agencyCode).containsExactly("AAC", "MOJ");

        app.questions().answer(q.id(), agency("AAC"), "各機關依法申報。", null, "lin");
        assertThat(app.questions().questions(cycle3).getFirst().status()).as("MOJ has yet to answer").isEqualTo(QuestionStatus.ASSIGNED);
        WrittenQuestion answered = app.questions().answer(q.id(), agency("MOJ"), "法務部說明。", "The Ministry explains.", "lin");
        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(app.questions().overdue(cycle3)).isEmpty();
        assertThat(app.dashboards().dashboard(cycle3).orElseThrow().overdueQuestions()).isEmpty();

        WrittenQuestion checked = app.questions().markChecked(q.id(), answered.version(), "lin");
        assertThat(refusal(() -> app.questions().markSent(q.id(), checked.version(), "lin")))
                .as("the AAC answer has no English yet").isEqualTo("review.question.englishAnswerMissing");
        WrittenQuestion reopened = app.questions().answer(q.id(), agency("AAC"), "各機關依法申報。", "Agencies declare as the law says.", "lin");
        assertThat(reopened.status()).as("a changed answer is checked again").isEqualTo(QuestionStatus.ANSWERED);
        WrittenQuestion checkedAgain = app.questions().markChecked(q.id(), reopened.version(), "lin");
        WrittenQuestion sent = app.questions().markSent(q.id(), checkedAgain.version(), "lin");
        assertThat(sent.status()).isEqualTo(QuestionStatus.SENT);
        assertThat(refusal(() -> app.questions().answer(q.id(), agency("AAC"), "改。", null, "lin"))).isEqualTo("review.question.alreadySent");
    }

    @Test
    void theChineseFallsBehindWhenOnlyTheEnglishChangesUntilItIsWorkedOnOrChecked() {
        WrittenQuestion q = app.questions().add(cycle3, new QuestionDraft(null, "5", "How are indicators measured?", "指標如何衡量？",
                LocalDate.of(2026, 11, 2)), "lin");
        assertThat(q.zhBehind()).isFalse();
        q = app.questions().update(q.id(), q.version(), new QuestionDraft(null, "5", "How are outcome indicators measured?", "指標如何衡量？",
                LocalDate.of(2026, 11, 2)), "lin");
        assertThat(q.zhBehind()).isTrue();
        q = app.questions().update(q.id(), q.version(), new QuestionDraft(null, "5, 6", "How are outcome indicators measured?", "指標如何衡量？",
                LocalDate.of(2026, 11, 2)), "lin");
        assertThat(q.zhBehind()).as("still behind: only the articles changed").isTrue();
        q = app.questions().translationChecked(q.id(), q.version(), "lin");
        assertThat(q.zhBehind()).isFalse();
        q = app.questions().update(q.id(), q.version(), new QuestionDraft(null, "5", "How are indicators of outcome measured?", "成果指標如何衡量？",
                LocalDate.of(2026, 11, 2)), "lin");
        assertThat(q.zhBehind()).as("both changed together").isFalse();
    }

    @Test
    void anOverdueAnswerShowsOnTheDashboardBesideOverdueRequests() {
        WrittenQuestion q = app.questions().add(cycle3, new QuestionDraft(null, "", "A general question.", "一般性提問。",
                LocalDate.of(2026, 11, 2)), "lin");
        app.questions().route(q.id(), q.version(), agency("MOJ"), List.of(), LocalDate.of(2026, 11, 10), "lin");
        var dashboard = app.dashboards().dashboard(cycle3).orElseThrow();
        assertThat(dashboard.overdueQuestions()).containsExactly(new QuestionService.Overdue(1, "MOJ", LocalDate.of(2026, 11, 10)));
        assertThat(dashboard.overdueRequests()).isNotEmpty();
    }

    @Test
    void whatIsWrongIsRefusedAndNothingChanges() {
        int before = app.questions().questions(cycle3).size();
        assertThat(refusal(() -> app.questions().add(cycle3, new QuestionDraft(null, "", " ", "中文", LocalDate.of(2026, 11, 2)), "lin")))
                .isEqualTo("review.question.englishMissing");
        assertThat(refusal(() -> app.questions().add(cycle3, new QuestionDraft(null, "", "請說明", null, LocalDate.of(2026, 11, 2)), "lin")))
                .isEqualTo("review.question.englishNotEnglish");
        assertThat(refusal(() -> app.questions().add(cycle3, new QuestionDraft(null, "5-x", "Why?", null, LocalDate.of(2026, 11, 2)), "lin")))
                .isEqualTo("requests.badArticleText");
        assertThat(refusal(() -> app.questions().add(cycle3, new QuestionDraft(null, "", "Why?", null, LocalDate.of(2027, 1, 1)), "lin")))
                .isEqualTo("review.question.askedInFuture");
        assertThat(app.questions().questions(cycle3)).hasSize(before);
        WrittenQuestion q = app.questions().add(cycle3, new QuestionDraft(null, "", "Why?", null, LocalDate.of(2026, 11, 2)), "lin");
        assertThat(refusal(() -> app.questions().route(q.id(), q.version(), null, List.of(), LocalDate.of(2026, 12, 1), "lin")))
                .isEqualTo("review.question.leadMissing");
        assertThat(refusal(() -> app.questions().route(q.id(), q.version(), agency("MOJ"), List.of(), LocalDate.of(2026, 10, 1), "lin")))
                .isEqualTo("review.question.dueBeforeAsked");
        assertThat(refusal(() -> app.questions().answer(q.id(), agency("MOJ"), "答。", null, "lin"))).isEqualTo("review.question.notRouted");
        assertThat(app.questions().questions(cycle3).getLast().routing()).isEmpty();
    }

    @Test
    void theBookletListsTheQuestionsInArticleOrderWithEveryAnswerInOneLanguage() throws Exception {
        Path zh = app.qaBooklet().export(cycle2, Language.ZH_TW, dir.resolve("qa-zh.docx"), DocxEngine.Progress.NONE);
        Path en = app.qaBooklet().export(cycle2, Language.EN, dir.resolve("qa-en.docx"), DocxEngine.Progress.NONE);
        String zhText = text(zh);
        String enText = text(en);
        assertThat(zhText).contains("第二次國家報告問題清單問答彙編", "第 1 題（Elena Marković）", "各機關每年提報績效指標達成情形");
        assertThat(zhText.indexOf("第五條")).as("article 5 before article 13").isLessThan(zhText.indexOf("第十三條"));
        assertThat(enText).contains("Question 1 (Elena Marković)", "Agencies report each year on their indicators");
        assertThat(enText.indexOf("Article 5")).isLessThan(enText.indexOf("Article 13"));
        assertThat(enText.codePoints().filter(org.uncacworkbench.i18n.Scripts::isCjk).count())
                .as("no Chinese in the English edition where every text has its English").isZero();
        assertThat(refusal(() -> app.qaBooklet().content(cycle3, Language.EN))).isEqualTo("review.booklet.empty");
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
