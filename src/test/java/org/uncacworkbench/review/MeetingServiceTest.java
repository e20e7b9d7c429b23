package org.uncacworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;

/** The review meeting: sessions with rooms and delegations, exchanges, commitments followed to done, and the run-sheet. */
class MeetingServiceTest {

    @TempDir
    Path dir;
    App app;
    long cycle2;
    long cycle3;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir.resolve("data"));
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

    private MeetingSessionDraft draft(MeetingSession.Kind kind, String articles, List<Long> delegations) {
        return new MeetingSessionDraft(LocalDate.of(2027, 3, 2), LocalTime.of(9, 30), LocalTime.of(12, 0), kind, "第二章預防措施",
                "Chapter II Preventive measures", "國際會議廳", app.reviews().reviewers(cycle3).getFirst().id(), articles, delegations);
    }

    @Test
    void aSessionIsPlannedWithItsDelegationsAndACommitmentMadeThereIsFollowedToDone() {
        MeetingSession s = app.meeting().save(cycle3, null, draft(MeetingSession.Kind.ARTICLE_REVIEW, "5-14", List.of(agency("AAC"), agency("MOJ"))),
                "lin");
        assertThat(s.number()).isEqualTo(1);
        assertThat(s.articles()).hasSize(10);
        assertThat(s.delegations()).extracting(d -> d.agency().code()).containsExactly("AAC", "MOJ");
        assertThat(s.chairName()).isEqualTo("Ingrid Halvorsen");

        app.meeting().recordExchange(s, s.chairId(), 6, agency("AAC"), "Is the budget guaranteed?", "By law each year.", "lin");
        assertThat(app.meeting().exchanges(s.id())).singleElement().satisfies(e -> assertThat(e.agency().code()).isEqualTo("AAC"));
        assertThat(app.dossiers().dossier(cycle3, 6).exchanges()).isNotEmpty();

        var c = app.meeting().commit(s, agency("MOJ"), "於9月30日前提供統計", "Statistics by 30 September", LocalDate.of(2027, 9, 30), "lin");
        assertThat(c.done()).isFalse();
        assertThat(c.overdue(LocalDate.of(2027, 10, 1))).isTrue();
        assertThat(TestWorkbench.refusal(() -> app.meeting().markDone(cycle3, c, app.meeting().today(), " ", "lin")))
                .isEqualTo("review.meeting.doneNoteMissing");
        app.meeting().markDone(cycle3, c, app.meeting().today(), "Sent with the letter of 20 Nov.", "lin");
        assertThat(app.meeting().commitments(cycle3)).singleElement().satisfies(x -> assertThat(x.done()).isTrue());
        assertThat(TestWorkbench.refusal(() -> app.meeting().markDone(cycle3, c, app.meeting().today(), "again", "lin")))
                .isEqualTo("review.meeting.alreadyDone");

        MeetingSession changed = app.meeting().save(cycle3, s, draft(MeetingSession.Kind.ARTICLE_REVIEW, "5-6", List.of()), "lin");
        assertThat(changed.articles()).containsExactly(5, 6);
        assertThat(TestWorkbench.refusal(() -> app.meeting().save(cycle3, s, draft(MeetingSession.Kind.OPENING, "", List.of()), "lin")))
                .isEqualTo("review.meeting.changedMeanwhile");
    }

    @Test
    void whatIsWrongIsRefusedAndNothingChanges() {
        assertThat(TestWorkbench.refusal(() -> app.meeting().save(cycle3, null, new MeetingSessionDraft(LocalDate.of(2027, 3, 2),
                LocalTime.of(12, 0), LocalTime.of(9, 0), MeetingSession.Kind.OPENING, "開幕", "Opening", null, null, "", List.of()), "lin")))
                .isEqualTo("review.meeting.endsBeforeStart");
        assertThat(TestWorkbench.refusal(() -> app.meeting().save(cycle3, null, new MeetingSessionDraft(LocalDate.of(2027, 3, 2),
                null, null, MeetingSession.Kind.OPENING, "開幕", " ", null, null, "", List.of()), "lin"))).isEqualTo("review.meeting.titleMissing");
        assertThat(app.meeting().sessions(cycle3)).isEmpty();
        MeetingSession s = app.meeting().save(cycle3, null, draft(MeetingSession.Kind.OPENING, "", List.of()), "lin");
        assertThat(TestWorkbench.refusal(() -> app.meeting().commit(s, agency("MOJ"), "x", null, LocalDate.of(2027, 1, 1), "lin")))
                .isEqualTo("review.meeting.dueBeforeSession");
        assertThat(TestWorkbench.refusal(() -> app.meeting().commit(s, null, "x", null, LocalDate.of(2027, 5, 1), "lin")))
                .isEqualTo("review.meeting.ownerMissing");
        assertThat(app.meeting().commitments(cycle3)).isEmpty();
    }

    @Test
    void theRunSheetListsEachDaysSessionsAndKeepsTheClosedSessionToItself() throws Exception {
        var doc = app.runSheet().content(cycle2, Language.ZH_TW);
        String text = doc.blocks().stream().map(Object::toString).reduce("", String::concat);
        assertThat(text).contains("第二章預防措施", "審查委員閉門會議");
        Path file = app.runSheet().export(cycle2, Language.EN, dir.resolve("programme.docx"), DocxEngine.Progress.NONE);
        assertThat(file).exists();
        assertThat(TestWorkbench.refusal(() -> app.runSheet().content(cycle3, Language.EN))).isEqualTo("review.meeting.runSheet.empty");
    }
}
