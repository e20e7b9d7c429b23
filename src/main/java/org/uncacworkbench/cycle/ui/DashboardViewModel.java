package org.uncacworkbench.cycle.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.cycle.CycleDashboard;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/** Loads a cycle's dashboard in the background and holds it for the view. */
public final class DashboardViewModel {

    private final CycleService cycles;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObjectProperty<CycleDashboard> dashboard = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private BackgroundTasks.Handle pending;
    private CycleDashboard primed;

    public DashboardViewModel(CycleService cycles, BackgroundTasks tasks, DialogService dialogs, Messages messages) {
        this.cycles = cycles;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void load(Cycle cycle) {
        if (pending != null) {
            pending.cancel(); // a newer choice wins over a slower earlier one
        }
        if (cycle == null) {
            dashboard.set(null);
            return;
        }
        if (primed != null && primed.cycle().id() == cycle.id()) {
            dashboard.set(primed); // read moments ago, while the window was starting
            primed = null;
            return;
        }
        primed = null;
        loading.set(true);
        pending = tasks.submit(() -> cycles.dashboard(cycle.id()).orElse(null), d -> {
            loading.set(false);
            dashboard.set(d);
        }, failure -> {
            loading.set(false);
            dialogs.showError(messages.get("error.title"), messages.describe(failure));
        });
    }

    /** A dashboard just read elsewhere, shown instead of reading it again if its cycle is the next one loaded. */
    public void prime(CycleDashboard known) {
        primed = known;
    }

    public ObjectProperty<CycleDashboard> dashboardProperty() {
        return dashboard;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
