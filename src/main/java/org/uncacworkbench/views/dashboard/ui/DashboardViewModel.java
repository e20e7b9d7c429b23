package org.uncacworkbench.views.dashboard.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.views.dashboard.CycleDashboard;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/** Loads a cycle's dashboard in the background and holds it for the view. */
public final class DashboardViewModel {

    private final CycleService cycles;
    private final org.uncacworkbench.views.dashboard.DashboardService dashboards;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObjectProperty<CycleDashboard> dashboard = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private org.uncacworkbench.followup.CarryOver carryOver;
    private BackgroundTasks.Handle pending;
    private CycleDashboard primed;

    public DashboardViewModel(CycleService cycles, org.uncacworkbench.views.dashboard.DashboardService dashboards, BackgroundTasks tasks,
                              DialogService dialogs, Messages messages) {
        this.cycles = cycles;
        this.dashboards = dashboards;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Lets a new cycle offer to carry the previous cycle's observations into its report. */
    public DashboardViewModel carryingOver(org.uncacworkbench.followup.CarryOver carryOver) {
        this.carryOver = carryOver;
        return this;
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
        pending = tasks.submit(() -> dashboards.dashboard(cycle.id()).orElse(null), d -> {
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

    /** A cycle's setup as it is now, read in the background, for the setup dialog. */
    public void readSetup(Cycle cycle, java.util.function.Consumer<org.uncacworkbench.cycle.CycleSetup> show) {
        tasks.submit(() -> cycles.setup(cycle.id()), show, failure -> dialogs.showError(messages.get("error.title"), messages.describe(failure)));
    }

    /**
     * The next cycle's first plan, read in the background: the newest cycle's period, phases and
     * milestones moved on by its length (four years unless it says otherwise); with no cycle yet, two
     * years from the start of this one. {@code show} gets the plan and the setup it was moved from
     * (null when there is none), so that the dialog can move it again when the length changes.
     */
    public void proposeNext(java.util.List<Cycle> existing, java.time.LocalDate today,
                            java.util.function.BiConsumer<org.uncacworkbench.cycle.CycleSetup, org.uncacworkbench.cycle.CycleSetup> show) {
        if (existing.isEmpty()) {
            java.time.LocalDate start = today.withDayOfYear(1);
            show.accept(org.uncacworkbench.cycle.CycleSetup.proposal("", "", start, start.plusYears(2).minusDays(1)), null);
            return;
        }
        Cycle newest = existing.getLast();
        tasks.submit(() -> cycles.setup(newest.id()), base -> show.accept(base.next(base.lengthYears()), base),
                failure -> dialogs.showError(messages.get("error.title"), messages.describe(failure)));
    }

    /** Saves a setup (a new cycle when {@code cycle} is null); {@code saved} gets the cycle as stored. */
    public void save(Cycle cycle, org.uncacworkbench.cycle.CycleSetup setup, String username, java.util.function.Consumer<Cycle> saved) {
        tasks.submit(() -> cycle == null ? cycles.create(setup, username) : cycles.update(cycle.id(), setup, username), stored -> {
            saved.accept(stored);
            if (cycle == null && carryOver != null) {
                offerCarryOver(stored, username);
            }
        }, failure -> org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("cycle.setup.notSaved")));
    }

    private record Offer(Cycle previous, int points) {
    }

    /** After a new cycle is created: offers to pre-fill its part answering the previous cycle's observations. */
    private void offerCarryOver(Cycle created, String username) {
        tasks.submit(() -> cycles.cycleByNumber(created.number() - 1).map(p -> new Offer(p, carryOver.points(p.id()))).orElse(null), offer -> {
            if (offer == null || offer.points() == 0 || dialogs.choose(messages.get("followup.carry.title"),
                    messages.format("followup.carry.question", offer.previous().title(messages.language()), offer.points()),
                    java.util.List.of(messages.get("followup.carry.confirm"), messages.get("followup.carry.notNow"))) != 0) {
                return;
            }
            tasks.submit(() -> carryOver.carry(offer.previous().id(), created.id(), username),
                    n -> dialogs.showInformation(messages.get("followup.carry.title"), messages.format("followup.carry.done", n)),
                    failure -> org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("followup.carry.title")));
        }, failure -> org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("followup.carry.title")));
    }

    public ObjectProperty<CycleDashboard> dashboardProperty() {
        return dashboard;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
