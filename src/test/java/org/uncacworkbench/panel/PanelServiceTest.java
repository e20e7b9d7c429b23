package org.uncacworkbench.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.WorkbenchException;

/** The panel of the demo's cycle 3 (six members, no sessions yet), against a real database. */
class PanelServiceTest {

    @TempDir
    Path dir;
    App app;
    long cycle;
    PanelService panel;
    SessionRecordService records;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir);
        cycle = app.cycles().cycleByNumber(3).orElseThrow().id();
        panel = app.panel();
        records = app.sessionRecords();
    }

    @AfterEach
    void close() {
        app.close();
    }

    PanelMember member(String nameZh) {
        return panel.members(cycle).stream().filter(m -> m.nameZh().equals(nameZh)).findFirst().orElseThrow();
    }

    PanelSession articleReview(LocalDateTime at, int... articles) {
        PanelSession s = panel.plan(cycle, new PanelService.SessionPlan(SessionKind.ARTICLE_REVIEW, at, at.plusHours(3),
                "法務部廉政署第一會議室", "Meeting Room 1, AAC", "林雅婷"), "tester");
        for (int a : articles) {
            panel.saveItem(s.id(), null, ItemKind.DISCUSSION, a, "第" + a + "條草稿審閱", "Draft of article " + a, null, null, "tester");
        }
        return panel.session(s.id());
    }

    @Test
    void sessionsAreNumberedInOrderAndTheirPlanIsChecked() {
        PanelSession first = articleReview(LocalDateTime.parse("2026-12-03T14:00"), 5);
        PanelSession second = articleReview(LocalDateTime.parse("2026-12-17T14:00"), 8);
        assertThat(List.of(first.number(), second.number())).containsExactly(1, 2);
        assertThat(second.articles()).containsExactly(8);

        var noVenue = new PanelService.SessionPlan(SessionKind.ARTICLE_REVIEW, LocalDateTime.parse("2026-12-03T14:00"), null, " ", null, null);
        assertThatThrownBy(() -> panel.plan(cycle, noVenue, "tester")).hasMessageContaining("panel.session.venueRequired");
        var backwards = new PanelService.SessionPlan(SessionKind.ARTICLE_REVIEW, LocalDateTime.parse("2026-12-03T14:00"),
                LocalDateTime.parse("2026-12-03T12:00"), "會議室", null, null);
        assertThatThrownBy(() -> panel.plan(cycle, backwards, "tester")).hasMessageContaining("panel.session.endsBeforeStart");
        assertThat(panel.sessions(cycle)).hasSize(2);
    }

    @Test
    void rotationSkipsAbsentAndConflictedMembersAndAnOverrideNeedsAReason() {
        PanelSession s = articleReview(LocalDateTime.parse("2026-12-03T14:00"), 14);
        PanelMember wang = member("王志明");
        PanelMember lee = member("李淑芬");
        PanelMember chen = member("陳思穎");
        assertThat(panel.proposeChair(s.id()).proposed()).contains(wang);

        records.setAttendance(s.id(), wang.id(), AttendanceStatus.APOLOGIES, "tester");
        panel.addConflict(lee.id(), null, "MJIB", "曾任職調查局", "tester"); // MJIB leads article 14
        ChairRotation.Proposal p = panel.proposeChair(s.id());
        assertThat(p.proposed()).contains(chen);
        assertThat(p.excluded()).extracting(e -> e.member().nameZh(), ChairRotation.Excluded::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("王志明", ChairRotation.Reason.APOLOGIES),
                org.assertj.core.groups.Tuple.tuple("李淑芬", ChairRotation.Reason.CONFLICT));

        PanelMember lin = member("林國華");
        assertThatThrownBy(() -> panel.assignChair(s.id(), lin.id(), " ", "tester"))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("panel.chair.reasonRequired");
        PanelSession chaired = panel.assignChair(s.id(), lin.id(), "陳委員當日須提前離席", "tester");
        assertThat(chaired.chairMemberId()).isEqualTo(lin.id());
        assertThat(chaired.proposedChairId()).isEqualTo(chen.id());
        assertThat(chaired.overrideReason()).isEqualTo("陳委員當日須提前離席");

        // the next session: 林 has chaired once, so the rotation moves on, and the accepted proposal needs no reason
        PanelSession next = articleReview(LocalDateTime.parse("2026-12-17T14:00"), 5);
        PanelMember proposed = panel.proposeChair(next.id()).proposed().orElseThrow();
        assertThat(proposed).isEqualTo(wang);
        assertThat(panel.assignChair(next.id(), proposed.id(), null, "tester").overrideReason()).isNull();
        assertThat(panel.chairCounts(cycle)).filteredOn(c -> c.times() > 0).extracting(c -> c.member().nameZh(), PanelService.ChairCount::times)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("王志明", 1), org.assertj.core.groups.Tuple.tuple("林國華", 1));
    }

    @Test
    void governmentChairsTheFormatAndFinalDraftingSessions() {
        PanelSession format = panel.plan(cycle, new PanelService.SessionPlan(SessionKind.FINAL_DRAFTING,
                LocalDateTime.parse("2027-02-18T14:00"), null, "法務部第一會議室", null, null), "tester");
        assertThatThrownBy(() -> panel.assignChair(format.id(), member("王志明").id(), "理由", "tester"))
                .hasMessageContaining("panel.chair.governmentOnly");
        assertThat(panel.assignGovernmentChair(format.id(), "馮正宏（法務部廉政署副署長）", "tester").chairGovernment())
                .isEqualTo("馮正宏（法務部廉政署副署長）");
        PanelSession review = articleReview(LocalDateTime.parse("2026-12-03T14:00"), 5);
        assertThatThrownBy(() -> panel.assignGovernmentChair(review.id(), "某人", "tester")).hasMessageContaining("panel.chair.memberOnly");
    }

    @Test
    void aMemberWithHistoryIsKeptAndOneEnteredByMistakeCanGo() {
        PanelSession s = articleReview(LocalDateTime.parse("2026-12-03T14:00"), 5);
        PanelMember wang = member("王志明");
        records.setAttendance(s.id(), wang.id(), AttendanceStatus.PRESENT, "tester");
        assertThatThrownBy(() -> panel.deleteMember(wang.id(), "tester")).hasMessageContaining("panel.member.hasHistory");
        assertThat(panel.members(cycle)).contains(wang);

        long mistake = panel.saveMember(new PanelMember(0, cycle, "測試委員", null, null, null, Sector.OTHER, null, null, null, null), "tester");
        panel.deleteMember(mistake, "tester");
        assertThat(panel.members(cycle)).extracting(PanelMember::id).doesNotContain(mistake);

        assertThatThrownBy(() -> panel.saveMember(new PanelMember(0, cycle, "某", null, null, null, Sector.OTHER, "not-an-address", null, null, null), "tester"))
                .hasMessageContaining("panel.member.badEmail");
        assertThatThrownBy(() -> panel.saveMember(new PanelMember(0, cycle, "某", null, null, null, Sector.OTHER, null, null,
                LocalDate.parse("2026-05-01"), LocalDate.parse("2026-04-01")), "tester")).hasMessageContaining("panel.member.leftBeforeJoined");
    }

    @Test
    void rulingsCreateActionItemsTrackedToTheRevisionThatDidThem() {
        PanelSession s = articleReview(LocalDateTime.parse("2026-12-03T14:00"), 5);
        AgendaItem item = s.agenda().getFirst();
        PanelMember lee = member("李淑芬");
        records.addComment(s.id(), lee.id(), item.id(), "2", "建議補充民調抽樣方法。", "tester");
        Ruling ruling = records.rule(s.id(), item.id(), "請秘書處補充民調抽樣方法。", "Add the survey's sampling method.", "tester");
        assertThat(ruling.kind()).isEqualTo(RulingKind.RESOLUTION);
        assertThat(ruling.tracked()).isTrue();

        ActionItem action = records.addAction(ruling.id(), ActionItem.Kind.REVISE_SECTION, "補充民調抽樣方法", null, 5, "lin", null,
                LocalDate.parse("2026-12-20"), "tester");
        assertThat(records.article(cycle, 5).openActions()).containsExactly(action);
        assertThatThrownBy(() -> records.complete(action.id(), Language.ZH_TW, null, null, "tester"))
                .hasMessageContaining("panel.action.revisionRequired");

        long section = app.sections().sectionId(cycle, SectionKey.forArticle(5)).orElseThrow();
        Revision revision = app.revisions().saveFrom(section, Language.ZH_TW, "修正後內容", "lin", Revision.EDIT, null).revision();
        ActionItem done = records.complete(action.id(), Language.ZH_TW, revision.number(), null, "tester");
        assertThat(done.status()).isEqualTo(ActionItem.Status.DONE);
        assertThat(done.doneRevisionNo()).isEqualTo(revision.number());
        assertThat(done.doneOn()).isEqualTo(LocalDate.now(TestWorkbench.CLOCK));

        SessionRecordService.ArticleRecord a5 = records.article(cycle, 5);
        assertThat(a5.comments()).extracting(PanelComment::body, PanelComment::paragraph).containsExactly(
                org.assertj.core.groups.Tuple.tuple("建議補充民調抽樣方法。", "2"));
        assertThat(a5.rulings()).extracting(Ruling::textZh).containsExactly("請秘書處補充民調抽樣方法。");
        assertThat(a5.openActions()).isEmpty();

        // released at a later session, not at its own
        assertThatThrownBy(() -> records.setTracking(ruling.id(), false, s.id(), "tester")).hasMessageContaining("panel.ruling.releaseLater");
        PanelSession later = articleReview(LocalDateTime.parse("2026-12-17T14:00"), 8);
        records.setTracking(ruling.id(), false, later.id(), "tester");
        assertThat(records.rulings(cycle)).filteredOn(r -> r.id() == ruling.id()).singleElement()
                .satisfies(r -> assertThat(r.releasedSessionId()).isEqualTo(later.id()));
    }

    @Test
    void aFailedChangeLeavesNothingBehind() {
        PanelSession s = articleReview(LocalDateTime.parse("2026-12-03T14:00"), 5);
        Ruling ruling = records.rule(s.id(), s.agenda().getFirst().id(), "決議", null, "tester");
        int before = app.auditLog().count();
        assertThatThrownBy(() -> records.addAction(ruling.id(), ActionItem.Kind.ASK_AGENCY, "請提供資料", null, null, null, "NOPE",
                LocalDate.parse("2026-12-20"), "tester")).hasMessageContaining("panel.noSuchAgency");
        assertThat(records.actions(cycle)).isEmpty();
        assertThat(app.auditLog().count()).isEqualTo(before);
    }

    @Test
    void aCommentOnAnArticleOffTheAgendaIsKeptWithThatArticle() {
        PanelSession s = articleReview(LocalDateTime.parse("2026-12-03T14:00"), 5);
        records.addArticleComment(s.id(), member("陳思穎").id(), 12, null, "第12條亦應補充私部門內控制度。", "tester");
        assertThat(records.article(cycle, 12).comments()).singleElement().satisfies(c -> {
            assertThat(c.sessionNo()).isEqualTo(1);
            assertThat(c.agendaItemId()).isNull();
        });
        assertThat(records.article(cycle, 5).comments()).isEmpty();
        assertThat(app.minutes().draft(s.id(), Language.ZH_TW).markdown())
                .contains("**委員就議程外條文之意見**：\n\n- 陳思穎委員（第12條）：第12條亦應補充私部門內控制度。");
        assertThatThrownBy(() -> records.addArticleComment(s.id(), member("陳思穎").id(), 72, null, "x", "tester"))
                .hasMessageContaining("request.badArticle");
    }
}
