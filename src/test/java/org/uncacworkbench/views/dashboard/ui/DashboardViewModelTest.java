package org.uncacworkbench.views.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.views.dashboard.CycleDashboard;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.RecordingDialogs;

class DashboardViewModelTest {

    @TempDir
    Path dir;
    App app;
    final List<Runnable> queued = new ArrayList<>();
    DashboardViewModel viewModel;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir);
        // background work waits in a queue, so the test sees whether the model asked for any
        viewModel = new DashboardViewModel(app.cycles(), app.dashboards(), new BackgroundTasks(queued::add, Runnable::run), new RecordingDialogs(),
                Messages.of(Language.EN));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aDashboardReadAtStartUpIsShownWithoutReadingItAgainButOnlyOnce() {
        Cycle second = app.cycles().cycleByNumber(2).orElseThrow();
        CycleDashboard early = app.dashboards().dashboard(second.id()).orElseThrow();
        viewModel.prime(early);

        viewModel.load(second);
        assertThat(viewModel.dashboardProperty().get()).isSameAs(early);
        assertThat(queued).isEmpty();

        viewModel.load(second);
        assertThat(queued).as("a later load reads afresh").hasSize(1);
        queued.removeFirst().run();
        assertThat(viewModel.dashboardProperty().get()).isNotSameAs(early).isEqualTo(early);
    }

    @Test
    void aPrimedDashboardOfAnotherCycleIsNotShown() {
        Cycle second = app.cycles().cycleByNumber(2).orElseThrow();
        Cycle third = app.cycles().cycleByNumber(3).orElseThrow();
        viewModel.prime(app.dashboards().dashboard(second.id()).orElseThrow());

        viewModel.load(third);
        assertThat(viewModel.loadingProperty().get()).isTrue();
        queued.removeFirst().run();
        assertThat(viewModel.dashboardProperty().get().cycle().number()).isEqualTo(3);
    }

    @Test
    void aNewCycleOffersToCarryThePreviousCyclesObservationsIntoItsReport() {
        long c3 = app.cycles().cycleByNumber(3).orElseThrow().id();
        app.observations().adopt(c3, LocalDate.of(2026, 11, 20), "lin");
        RecordingDialogs dialogs = new RecordingDialogs();
        DashboardViewModel vm = new DashboardViewModel(app.cycles(), app.dashboards(), new BackgroundTasks(Runnable::run, Runnable::run), dialogs,
                Messages.of(Language.EN)).carryingOver(app.carryOver());
        dialogs.answers.add(0); // pre-fill it
        List<Cycle> saved = new ArrayList<>();
        vm.save(null, org.uncacworkbench.cycle.CycleSetup.proposal("第四次國家報告", "Fourth National Report", LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 12, 31)), "lin", saved::add);
        assertThat(saved).singleElement().satisfies(c -> assertThat(c.number()).isEqualTo(4));
        assertThat(dialogs.questions).singleElement().asString().contains("Third National Report").contains("2 concluding observations");
        assertThat(dialogs.information).singleElement().asString().contains("2 points as a draft");
        long section = app.sections().sectionId(saved.getFirst().id(), org.uncacworkbench.drafting.SectionKey.PREVIOUS_OBSERVATIONS).orElseThrow();
        assertThat(app.revisions().history(section, Language.EN)).singleElement().satisfies(r -> assertThat(r.body()).contains("### Paragraph 2"));
    }
}
