package org.uncacworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.WorkbenchException;

/** The cycle's international reviewers, kept whole: validated, one chair, never deleted once they wrote anything. */
class ReviewServiceTest {

    @TempDir
    Path dir;
    App app;
    long cycle2;
    long cycle3;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemoBeforeReview(dir, 3);
        cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
        cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static ReviewerDraft draft(String name, boolean chair) {
        return new ReviewerDraft(name, "測試", "Chile", "University of Chile", "Public integrity", "reviewer@example.org", chair,
                LocalDate.of(2026, 11, 2));
    }

    private int count() {
        return (int) TestWorkbench.number(app, "SELECT COUNT(*) FROM reviewer");
    }

    private static String refusal(Runnable action) {
        return TestWorkbench.refusal(action);
    }

    @Test
    void theSecondCyclesFiveReviewersAreListedWithTheChairFirstAndTheirDeclarations() {
        List<Reviewer> reviewers = app.reviews().reviewers(cycle2);
        assertThat(reviewers).hasSize(5);
        assertThat(reviewers.getFirst().name()).isEqualTo("Elena Marković");
        assertThat(reviewers.getFirst().chair()).isTrue();
        assertThat(reviewers).allSatisfy(r -> assertThat(r.declaredOn()).isNotNull());
        assertThat(reviewers).filteredOn(Reviewer::chair).hasSize(1);
    }

    @Test
    void whatIsWrongInTheFormIsRefusedWithItsReasonAndNothingIsWritten() {
        int before = count();
        assertThat(refusal(() -> app.reviews().add(cycle3, draft("  ", false), "lin"))).isEqualTo("review.reviewer.nameMissing");
        assertThat(refusal(() -> app.reviews().add(cycle3, draft("王小明", false), "lin"))).isEqualTo("review.reviewer.nameNotLatin");
        assertThat(refusal(() -> app.reviews().add(cycle3, new ReviewerDraft("Ana Silva", null, " ", null, null, null, false, null), "lin")))
                .isEqualTo("review.reviewer.nationalityMissing");
        assertThat(refusal(() -> app.reviews().add(cycle3, new ReviewerDraft("Ana Silva", null, "Chile", null, null, "ana.example.org", false,
                null), "lin"))).isEqualTo("review.reviewer.emailInvalid");
        assertThat(refusal(() -> app.reviews().add(cycle3, new ReviewerDraft("Ana Silva", null, "Chile", null, null, null, false,
                TestWorkbench.CLOCK.instant().atZone(TestWorkbench.CLOCK.getZone()).toLocalDate().plusDays(1)), "lin")))
                .isEqualTo("review.reviewer.declarationInFuture");
        assertThat(refusal(() -> app.reviews().add(cycle3, draft("A".repeat(ReviewerDraft.MAX_NAME + 1), false), "lin")))
                .isEqualTo("review.reviewer.nameTooLong");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aReviewerIsAddedTrimmedAndNamingANewChairPassesTheChairOn() {
        Reviewer added = app.reviews().add(cycle2, new ReviewerDraft("  Ana Silva ", " 席爾瓦 ", " Chile ", "", null, null, true, null), "lin");
        assertThat(added.name()).isEqualTo("Ana Silva");
        assertThat(added.nameZh()).isEqualTo("席爾瓦");
        assertThat(added.affiliation()).as("blank is nothing").isNull();
        List<Reviewer> reviewers = app.reviews().reviewers(cycle2);
        assertThat(reviewers).filteredOn(Reviewer::chair).extracting(Reviewer::name).containsExactly("Ana Silva");
        assertThat(reviewers.getFirst().name()).isEqualTo("Ana Silva");
        assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'reviewer' AND action = 'create'")).isEqualTo(1L);
    }

    @Test
    void aReviewerWhoAskedQuestionsCannotBeDeletedButCanLeaveAndComeBack() {
        Reviewer chair = app.reviews().reviewers(cycle2).getFirst();
        assertThat(app.reviews().deletable(chair.id())).isFalse();
        assertThat(refusal(() -> app.reviews().delete(chair.id(), "lin"))).isEqualTo("review.reviewer.notDeletable");
        assertThat(app.reviews().reviewers(cycle2)).hasSize(5);

        Reviewer left = app.reviews().markLeft(chair.id(), chair.version(), LocalDate.of(2022, 6, 30), "lin");
        assertThat(left.hasLeft()).isTrue();
        assertThat(app.reviews().reviewers(cycle2).getLast().id()).as("those who left are listed last").isEqualTo(chair.id());
        assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM written_question WHERE reviewer_id = " + chair.id()))
                .as("what they asked stays on record").isPositive();
        assertThat(refusal(() -> app.reviews().markLeft(chair.id(), chair.version(), LocalDate.of(2022, 6, 30), "lin")))
                .as("an edit on an old reading").isEqualTo("review.reviewer.changedMeanwhile");

        Reviewer back = app.reviews().reinstate(left.id(), left.version(), "lin");
        assertThat(back.hasLeft()).isFalse();
    }

    @Test
    void aReviewerEnteredByMistakeIsDeletedAndAnEditOnAnOldReadingIsRefused() {
        Reviewer added = app.reviews().add(cycle3, draft("Ana Silva", false), "lin");
        Reviewer changed = app.reviews().update(added.id(), added.version(), draft("Ana María Silva", false), "lin");
        assertThat(changed.name()).isEqualTo("Ana María Silva");
        assertThatThrownBy(() -> app.reviews().update(added.id(), added.version(), draft("Ana Silva", false), "lin"))
                .isInstanceOf(WorkbenchException.class);
        assertThat(app.reviews().deletable(added.id())).isTrue();
        app.reviews().delete(added.id(), "lin");
        assertThat(app.reviews().reviewers(cycle3)).isEmpty();
        assertThat(refusal(() -> app.reviews().markLeft(added.id(), 0, LocalDate.of(2026, 1, 1), "lin"))).isEqualTo("review.reviewer.gone");
    }
}
