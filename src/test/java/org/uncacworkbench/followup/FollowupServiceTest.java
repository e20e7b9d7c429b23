package org.uncacworkbench.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.review.Observation;

/** Assigning, opening rounds, assessing and deciding, on the demo's second cycle. */
class FollowupServiceTest {

    @TempDir
    Path dir;
    App app;
    long cycle2;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir);
        cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    Observation point(int number) {
        return app.observations().adopted(cycle2).stream().filter(o -> o.number() == number).findFirst().orElseThrow();
    }

    @Test
    void theDemoHoldsTwoRoundsWithAssessmentsAndDecisions() {
        FollowupSnapshot s = app.followup().snapshot(cycle2);
        assertThat(s.rounds()).extracting(ReportingRound::label).containsExactly("2023H1", "2024H1");
        assertThat(s.assignments()).hasSize(17);
        var rows = s.rows();
        var p7 = rows.stream().filter(r -> r.observation().number() == 7).findFirst().orElseThrow();
        assertThat(p7.latest().roundLabel()).isEqualTo("2024H1");
        assertThat(p7.grade()).isEqualTo(Grade.A);
        assertThat(p7.tracking()).isEqualTo(FollowupSnapshot.Tracking.RELEASED);
        assertThat(rows.stream().filter(r -> r.observation().number() == 4).findFirst().orElseThrow().tracking())
                .isEqualTo(FollowupSnapshot.Tracking.TRACKING);
        assertThat(rows.stream().filter(r -> r.assignment() == null)).as("adopted points not assigned").hasSize(30 - 17);
        // released before 2024H1 opened, point 10 (PCC alone) was not asked for again
        assertThat(app.followup().agencyStates(s.rounds().get(1))).extracting(a -> a.agency().code()).doesNotContain("PCC").contains("MOJ", "AAC");
        assertThat(app.followup().agencyStates(s.rounds().get(1))).filteredOn(a -> a.agency().code().equals("MOI")).singleElement()
                .as("point 7, reported on in 2024H1 and released since").satisfies(a -> {
                    assertThat(a.points()).isEqualTo(1);
                    assertThat(a.tracked()).isZero();
                });
        assertThat(app.followup().agencyStates(s.rounds().get(0))).filteredOn(a -> a.agency().code().equals("NDC"))
                .singleElement().satisfies(a -> assertThat(a.returnedOn()).isNull());
        // the dashboard names who is late with the latest round (2024H1), not with rounds since replaced
        assertThat(app.dashboards().dashboard(cycle2).orElseThrow().overdueRounds())
                .extracting(o -> o.roundLabel() + " " + o.agencyCode()).contains("2024H1 NDC", "2024H1 CY").doesNotContain("2024H1 MOJ")
                .noneMatch(x -> x.startsWith("2023H1"));
    }

    @Test
    void anAssignmentIsCheckedStoredAndChangedOnlyAsRead() {
        Observation p1 = point(1);
        assertThat(TestWorkbench.refusal(() -> app.followup().assign(p1, null,
                new AssignmentDraft("MOJ", List.of(), ControlLevel.MINISTRY, " ", null, List.of(), List.of()), "lin")))
                .isEqualTo("followup.assign.noPlan");
        assertThat(TestWorkbench.refusal(() -> app.followup().assign(p1, null,
                new AssignmentDraft("XYZ", List.of(), ControlLevel.MINISTRY, "計畫", null, List.of(), List.of()), "lin")))
                .isEqualTo("followup.assign.unknownAgency");
        var indicator = new Assignment.Indicator(null, "宣導場次", "Awareness sessions", "場", BigDecimal.ZERO, BigDecimal.TEN, LocalDate.of(2027, 12, 31));
        Assignment a = app.followup().assign(p1, null, new AssignmentDraft("AAC", List.of("MOJ", "AAC", "MOI"), ControlLevel.EXECUTIVE_YUAN,
                "研擬計畫", "Draft a plan", List.of(new Assignment.Milestone(null, "完成草案", "Draft done", LocalDate.of(2027, 6, 30), null)),
                List.of(indicator)), "lin");
        assertThat(a.lead().code()).isEqualTo("AAC");
        assertThat(a.coAgencies()).extracting(x -> x.code()).as("the lead is not its own co-agency").containsExactly("MOI", "MOJ");
        assertThat(a.milestones()).singleElement().satisfies(m -> assertThat(m.dueOn()).isEqualTo(LocalDate.of(2027, 6, 30)));
        assertThat(a.indicators()).singleElement().satisfies(i -> assertThat(i.target()).isEqualByComparingTo("10"));
        assertThat(a.assignedBy()).isEqualTo("lin");

        assertThat(TestWorkbench.refusal(() -> app.followup().assign(p1, null, new AssignmentDraft("AAC", List.of(), ControlLevel.SELF,
                "x", null, List.of(), List.of()), "chen"))).isEqualTo("followup.assign.changedMeanwhile");
        Assignment changed = app.followup().assign(p1, a.version(), new AssignmentDraft("AAC", List.of("MOJ"), ControlLevel.SELF,
                "研擬計畫", null, List.of(), a.indicators()), "chen");
        assertThat(changed.controlLevel()).isEqualTo(ControlLevel.SELF);
        assertThat(changed.indicators()).extracting(Assignment.Indicator::id).as("kept, by id").containsExactly(a.indicators().getFirst().id());
        assertThat(TestWorkbench.refusal(() -> app.followup().assign(p1, a.version(), new AssignmentDraft("AAC", List.of(), ControlLevel.SELF,
                "x", null, List.of(), List.of()), "lin"))).isEqualTo("followup.assign.changedMeanwhile");
    }

    @Test
    void anIndicatorWithReportedValuesStays() {
        Assignment p14 = app.followup().assignment(point(14).id()).orElseThrow();
        assertThat(TestWorkbench.refusal(() -> app.followup().assign(point(14), p14.version(), new AssignmentDraft("MOJ", List.of(),
                p14.controlLevel(), p14.planZh(), p14.planEn(), List.of(), List.of()), "lin")))
                .isEqualTo("followup.assign.indicatorHasValues");
        assertThat(app.followup().assignment(point(14).id()).orElseThrow().indicators()).hasSize(1);
    }

    @Test
    void aRoundGoesToEveryAgencyOnAPointStillTracked() {
        assertThat(TestWorkbench.refusal(() -> app.followup().openRound(cycle2, new RoundDraft("2025 H1", "2025 年上半年", "first half of 2025",
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 15), null, null), "lin"))).isEqualTo("followup.round.badLabel");
        assertThat(TestWorkbench.refusal(() -> app.followup().openRound(cycle2, RoundDraft.halfYear(2025, 1,
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 15)), "lin"))).isEqualTo("followup.round.dueBeforeOpened");
        assertThat(TestWorkbench.refusal(() -> app.followup().openRound(cycle2, RoundDraft.halfYear(2024, 1,
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 15)), "lin"))).isEqualTo("followup.round.labelTaken");

        ReportingRound r = app.followup().openRound(cycle2, RoundDraft.halfYear(2025, 1, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 15)), "lin");
        assertThat(r.titleZh()).isEqualTo("2025 年上半年");
        var states = app.followup().agencyStates(r);
        assertThat(states).extracting(s -> s.agency().code()).as("7, 10, 17, 25, 27 released, 16 left to AAC")
                .doesNotContain("MOI", "PCC").contains("AAC", "MOJ", "FSC", "NDC", "JY", "MJIB");
        assertThat(states).allSatisfy(s -> assertThat(s.overdue()).as("the test clock is past the deadline").isTrue());
        assertThat(states).filteredOn(s -> s.agency().code().equals("MOJ")).singleElement()
                .satisfies(s -> assertThat(s.points()).as("6, 14, 19, 21 (lead), 23, 30 (support)").isEqualTo(6));
        assertThat(app.followup().overdue(cycle2)).as("late with the latest round only").extracting(FollowupService.Overdue::roundLabel)
                .containsOnly("2025H1").hasSize(states.size());
    }

    @Test
    void releasingNeedsEvidenceAndEveryStepIsInThePointsHistory() {
        Assignment p4 = app.followup().assignment(point(4).id()).orElseThrow();
        FollowupSnapshot s = app.followup().snapshot(cycle2);
        ProgressReport latest = s.latestReport(p4).orElseThrow();
        assertThat(TestWorkbench.refusal(() -> app.followup().decide(p4, new DecisionDraft(DecisionKind.RELEASE, LocalDate.of(2026, 11, 23),
                "已完成", null, " ", "追蹤管考會議", latest.id(), null, null), "lin"))).isEqualTo("followup.decide.releaseNeedsEvidence");
        assertThat(TestWorkbench.refusal(() -> app.followup().decide(p4, new DecisionDraft(DecisionKind.CONTINUE, LocalDate.of(2026, 12, 20),
                "未完成", null, null, "追蹤管考會議", null, null, null), "lin"))).isEqualTo("followup.decide.inFuture");
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 12, 10, 9, 30);
        long cycle3Session = app.panel().plan(app.cycles().cycleByNumber(3).orElseThrow().id(), new org.uncacworkbench.panel.PanelService.SessionPlan(
                org.uncacworkbench.panel.SessionKind.ARTICLE_REVIEW, at, at.plusHours(2), "會議室", "Room", "lin"), "lin").id();
        assertThat(TestWorkbench.refusal(() -> app.followup().decide(p4, new DecisionDraft(DecisionKind.CONTINUE, LocalDate.of(2026, 11, 23),
                "未完成", null, null, "追蹤管考會議", null, cycle3Session, null), "lin"))).isEqualTo("followup.decide.otherCyclesSession");
        assertThat(TestWorkbench.refusal(() -> app.followup().assess(latest, Grade.A, null, cycle3Session, "lin")))
                .as("assessed at another cycle's meeting").isEqualTo("followup.decide.otherCyclesSession");
        var ruling = app.sessionRecords().rulings(cycle2).getFirst();
        long otherSession = app.panel().sessions(cycle2).stream().filter(x -> x.id() != ruling.sessionId()).findFirst().orElseThrow().id();
        assertThat(TestWorkbench.refusal(() -> app.followup().decide(p4, new DecisionDraft(DecisionKind.CONTINUE, LocalDate.of(2026, 11, 23),
                "未完成", null, null, "委員會", null, otherSession, ruling.id()), "lin"))).isEqualTo("followup.decide.rulingOfOtherSession");
        assertThat(TestWorkbench.refusal(() -> app.followup().decide(p4, new DecisionDraft(DecisionKind.CONTINUE, LocalDate.of(2026, 11, 23),
                "未完成", null, null, "委員會", null, null, ruling.id()), "lin"))).as("a ruling needs its meeting")
                .isEqualTo("followup.decide.rulingOfOtherSession");
        app.followup().assess(latest, Grade.A, "評估報告已完成", null, "lin");
        app.followup().decide(p4, new DecisionDraft(DecisionKind.RELEASE, LocalDate.of(2026, 11, 23), "外部評估已完成並公布。", "Evaluation published.",
                "外部評估報告（2024）", "追蹤管考會議", latest.id(), null, null), "lin");

        FollowupSnapshot after = app.followup().snapshot(cycle2);
        var row = after.rows().stream().filter(r -> r.observation().number() == 4).findFirst().orElseThrow();
        assertThat(row.grade()).isEqualTo(Grade.A);
        assertThat(row.tracking()).isEqualTo(FollowupSnapshot.Tracking.RELEASED);
        List<HistoryEvent> history = app.followup().history(after, p4);
        assertThat(history).extracting(e -> e.getClass().getSimpleName()).containsExactly("Assigned", "Reported", "Assessed", "Reported",
                "Assessed", "Decided", "Assessed", "Decided");
        assertThat(((HistoryEvent.Decided) history.getLast()).decision().evidence()).isEqualTo("外部評估報告（2024）");
    }

    @Test
    void aPointIsLinkedOnlyToAnEarlierCyclesAdoptedPoint() {
        long c3 = app.cycles().cycleByNumber(3).orElseThrow().id();
        app.observations().adopt(c3, LocalDate.of(2026, 11, 20), "lin");
        Observation first = app.observations().adopted(c3).getFirst();
        assertThat(TestWorkbench.refusal(() -> app.followup().link(first, 3, 3, 2, ObservationLink.Kind.REPEATS, "lin")))
                .isEqualTo("followup.link.notEarlier");
        assertThat(TestWorkbench.refusal(() -> app.followup().link(first, 3, 2, 99, ObservationLink.Kind.REPEATS, "lin")))
                .isEqualTo("followup.link.noSuchPoint");
        assertThat(TestWorkbench.refusal(() -> app.followup().link(first, 3, 2, null, ObservationLink.Kind.REPEATS, "lin")))
                .isEqualTo("followup.link.incomplete");
        app.followup().link(first, 3, 2, 4, ObservationLink.Kind.REPEATS, "lin");
        app.followup().link(first, 3, 2, 4, ObservationLink.Kind.FOLLOWS_UP, "lin");
        assertThat(app.followup().links(c3)).singleElement().satisfies(l -> {
            assertThat(l.kind()).as("linked again: the kind changed").isEqualTo(ObservationLink.Kind.FOLLOWS_UP);
            assertThat(l.earlierCycle()).isEqualTo(2);
            assertThat(l.earlierNumber()).isEqualTo(4);
            assertThat(l.earlierTextZh()).startsWith("政府應為行動方案訂定成果指標");
        });
        app.followup().unlink(app.followup().links(c3).getFirst(), "lin");
        assertThat(app.followup().links(c3)).isEmpty();
    }

    /** What the refusal says, in Chinese. */
    static String said(Runnable action) {
        try {
            action.run();
        } catch (org.uncacworkbench.i18n.WorkbenchException e) {
            return org.uncacworkbench.i18n.Messages.of(org.uncacworkbench.i18n.Language.ZH_TW).text(e.userMessage());
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theCycleAssessesOnItsOwnScaleWhichKeepsEveryGradeGivenAlready() {
        assertThat(app.followup().scale(cycle2)).as("the treaty bodies' A–E unless set").isEqualTo(AssessmentScale.standard());
        assertThat(AssessmentScale.standard().label(Grade.B, org.uncacworkbench.i18n.Language.ZH_TW)).isEqualTo("B：部分落實");
        // the demo's assessments gave A, B and C
        AssessmentScale threeSteps = new AssessmentScale(List.of(new AssessmentScale.Step(Grade.A, " 已落實 ", "Implemented"),
                new AssessmentScale.Step(Grade.B, "部分落實", "Partly implemented"), new AssessmentScale.Step(Grade.C, "未落實", "Not implemented")));
        AssessmentScale saved = app.followup().setScale(cycle2, threeSteps, "lin");
        assertThat(saved.grades()).containsExactly(Grade.A, Grade.B, Grade.C);
        assertThat(saved.label(Grade.A, org.uncacworkbench.i18n.Language.ZH_TW)).isEqualTo("A：已落實");
        FollowupSnapshot s = app.followup().snapshot(cycle2);
        assertThat(FollowupTable.rows(s, org.uncacworkbench.i18n.Language.EN)).anySatisfy(r -> assertThat(r.get(9)).isEqualTo("A: Implemented"));

        ProgressReport report = s.reports().getFirst();
        assertThat(said(() -> app.followup().assess(report, Grade.D, null, null, "lin")))
                .isEqualTo("等級 D 不在本週期的評估等級中。");
        assertThat(said(() -> app.followup().setScale(cycle2, new AssessmentScale(List.of(threeSteps.steps().get(0),
                threeSteps.steps().get(1))), "lin"))).isEqualTo("等級 C 不能移除：本週期已有 5 筆評估給予此等級。");
        assertThat(said(() -> app.followup().setScale(cycle2, new AssessmentScale(List.of(threeSteps.steps().get(0))), "lin")))
                .isEqualTo("評估等級至少須有兩級。");
        assertThat(said(() -> app.followup().setScale(cycle2, new AssessmentScale(List.of(threeSteps.steps().get(0),
                new AssessmentScale.Step(Grade.B, "部分", "部分"), threeSteps.steps().get(2))), "lin"))).isEqualTo("等級 B 的英文名稱含有中文。");
        assertThat(app.followup().scale(cycle2)).as("unchanged by what was refused").isEqualTo(saved);

        app.followup().setScale(cycle2, AssessmentScale.standard(), "lin");
        assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM assessment_grade")).as("the usual scale is no setting of the cycle").isZero();
        assertThat(app.followup().assess(report, Grade.D, null, null, "lin").grade()).isEqualTo(Grade.D);
    }
}
