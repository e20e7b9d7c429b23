package org.uncacworkbench.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;

/** Setting up a cycle in the workbench: the next one created with its report's sections, and a cycle's plan changed. */
class CycleSetupTest {

    @TempDir
    Path dir;
    App app;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static final LocalDate START = LocalDate.of(2027, 1, 1);
    private static final LocalDate END = LocalDate.of(2029, 12, 31);

    @Test
    void theNextCycleIsCreatedWithItsFivePhasesAndTheReportsSectionsAsTheLastReportDecidedThem() {
        CycleSetup proposal = CycleSetup.proposal("第四次國家報告", "Fourth National Report", START, END);
        assertThat(proposal.phases()).extracting(PhasePlan::phase).containsExactlyElementsOf(Phase.timeline());
        assertThat(proposal.phases().getFirst().plannedStart()).isEqualTo(START);
        assertThat(proposal.phases().getLast().plannedEnd()).isEqualTo(END);
        for (int i = 1; i < proposal.phases().size(); i++) {
            assertThat(proposal.phases().get(i).plannedStart()).as("one phase after the other")
                    .isEqualTo(proposal.phases().get(i - 1).plannedEnd().plusDays(1));
        }

        Cycle fourth = app.cycles().create(proposal, "secretariat");

        assertThat(fourth.number()).isEqualTo(4);
        assertThat(app.cycles().cycles()).hasSize(3);
        assertThat(app.sections().sections(fourth.id())).hasSize(74)
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(org.uncacworkbench.drafting.SectionStatus.NOT_STARTED));
        long third = app.cycles().cycleByNumber(3).orElseThrow().id();
        assertThat(app.sections().sectionsByArticle(fourth.id()).get(14).leadAgency())
                .as("the lead agency as the last report had it").isEqualTo(app.sections().sectionsByArticle(third).get(14).leadAgency());
        assertThat(app.dashboards().dashboard(fourth.id()).orElseThrow().phases()).hasSize(5);
        assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'cycle' AND action = 'create'")).isEqualTo(1);
    }

    @Test
    void aCyclesTitlesPeriodPhaseDatesAndMilestonesAreChangedTogether() {
        Cycle third = app.cycles().cycleByNumber(3).orElseThrow();
        CycleSetup before = app.cycles().setup(third.id());
        assertThat(before.milestones()).isNotEmpty();
        List<CycleSetup.MilestoneDraft> milestones = new ArrayList<>(before.milestones());
        CycleSetup.MilestoneDraft first = milestones.removeFirst(); // one removed
        var second = milestones.getFirst();
        milestones.set(0, new CycleSetup.MilestoneDraft(second.id(), second.phase(), "更名的里程碑", "Renamed milestone", second.dueOn(),
                LocalDate.of(2026, 11, 30))); // one changed, and done
        milestones.add(new CycleSetup.MilestoneDraft(null, Phase.DOMESTIC_REVIEW, "第一次審查會議", "First panel session",
                LocalDate.of(2027, 2, 1), null)); // one added
        List<PhasePlan> phases = new ArrayList<>(before.phases());
        phases.set(0, new PhasePlan(Phase.DRAFTING, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2025, 2, 3), null));

        app.cycles().update(third.id(), new CycleSetup("第三次國家報告（修訂）", "Third National Report (revised)", before.periodStart(),
                before.periodEnd(), Phase.DOMESTIC_REVIEW, phases, milestones), "secretariat");

        CycleSetup after = app.cycles().setup(third.id());
        assertThat(after.titleZh()).isEqualTo("第三次國家報告（修訂）");
        assertThat(after.currentPhase()).isEqualTo(Phase.DOMESTIC_REVIEW);
        assertThat(after.phases().getFirst().actualStart()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(after.milestones()).extracting(CycleSetup.MilestoneDraft::id).doesNotContain(first.id());
        assertThat(after.milestones()).anySatisfy(m -> {
            assertThat(m.titleEn()).isEqualTo("Renamed milestone");
            assertThat(m.completedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        });
        assertThat(after.milestones()).anySatisfy(m -> assertThat(m.titleZh()).isEqualTo("第一次審查會議"));
        assertThat(after.milestones()).hasSize(before.milestones().size());
    }

    @Test
    void aSetupWithAProblemIsRefusedSayingWhichAndNothingChanges() {
        Cycle third = app.cycles().cycleByNumber(3).orElseThrow();
        CycleSetup good = app.cycles().setup(third.id());
        Messages zh = Messages.of(Language.ZH_TW);
        List<CycleSetup> bad = List.of(
                new CycleSetup(" ", good.titleEn(), good.periodStart(), good.periodEnd(), good.currentPhase(), good.phases(), good.milestones()),
                new CycleSetup(good.titleZh(), "第三次", good.periodStart(), good.periodEnd(), good.currentPhase(), good.phases(), good.milestones()),
                new CycleSetup(good.titleZh(), good.titleEn(), good.periodEnd(), good.periodStart(), good.currentPhase(), good.phases(), good.milestones()),
                new CycleSetup(good.titleZh(), good.titleEn(), good.periodStart(), good.periodEnd(), good.currentPhase(),
                        List.of(new PhasePlan(Phase.DRAFTING, END, START, null, null)), good.milestones()),
                new CycleSetup(good.titleZh(), good.titleEn(), good.periodStart(), good.periodEnd(), good.currentPhase(), good.phases(),
                        List.of(new CycleSetup.MilestoneDraft(null, Phase.DRAFTING, "初稿", "", START, null))));
        List<String> said = new ArrayList<>();
        for (CycleSetup setup : bad) {
            assertThatThrownBy(() -> app.cycles().update(third.id(), setup, "secretariat")).isInstanceOfSatisfying(WorkbenchException.class,
                    e -> said.add(zh.describe(e)));
        }
        assertThat(said).containsExactly("請填寫週期的中文名稱。", "英文名稱含有中文字，請以英文填寫。", "期間的結束日早於開始日。",
                "「報告撰寫」階段預定的結束日早於開始日。", "第 1 個里程碑需要中文與英文名稱。");
        assertThat(app.cycles().setup(third.id())).as("nothing changed").isEqualTo(good);
        assertThatThrownBy(() -> app.cycles().create(bad.getFirst(), "secretariat")).isInstanceOf(WorkbenchException.class);
        assertThat(app.cycles().cycles()).hasSize(2);
    }

    @Test
    void theNextCyclesPlanIsTheLastOnesMovedOnByItsLengthWhichTheCycleKeeps() {
        Cycle third = app.cycles().cycleByNumber(3).orElseThrow();
        CycleSetup plan = app.cycles().setup(third.id());
        assertThat(plan.lengthYears()).as("the agency runs four years").isEqualTo(4);
        CycleSetup next = plan.next(plan.lengthYears());
        assertThat(next.periodStart()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(next.phases()).allSatisfy(p -> assertThat(p.actualStart()).isNull());
        assertThat(next.phases().getFirst().plannedStart()).isEqualTo(plan.phases().getFirst().plannedStart().plusYears(4));
        assertThat(next.milestones()).hasSameSizeAs(plan.milestones()).allSatisfy(m -> {
            assertThat(m.id()).isNull();
            assertThat(m.completedOn()).isNull();
        });
        assertThat(next.milestones().getFirst().dueOn()).isEqualTo(plan.milestones().getFirst().dueOn().plusYears(4));

        CycleSetup three = new CycleSetup("第四次國家報告", "Fourth National Report", next.periodStart(), next.periodEnd(), next.currentPhase(),
                next.phases(), next.milestones(), 3);
        Cycle fourth = app.cycles().create(three, "lin");
        assertThat(app.cycles().setup(fourth.id()).lengthYears()).isEqualTo(3);
        assertThat(app.cycles().setup(fourth.id()).milestones()).hasSameSizeAs(plan.milestones());
        for (int years : new int[] {0, 11}) {
            assertThatThrownBy(() -> app.cycles().update(fourth.id(), new CycleSetup("第四次國家報告", "Fourth National Report", next.periodStart(),
                    next.periodEnd(), next.currentPhase(), next.phases(), List.of(), years), "lin"))
                    .isInstanceOf(WorkbenchException.class).hasMessageContaining("cycle.setup.lengthOutOfRange");
        }
    }
}
