package org.uncacworkbench.views.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
