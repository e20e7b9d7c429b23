package org.uncacworkbench.shell.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.views.dashboard.CycleDashboard;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.shell.Settings;
import org.uncacworkbench.shell.SettingsStore;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/**
 * The state the whole window shares: the cycles, the chosen cycle, the page and the language.
 * Choices that should outlive the session go straight to the settings file.
 */
public final class MainViewModel {

    private final CycleService cycles;
    private final SettingsStore settingsStore;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private Settings settings;
    private CycleDashboard firstDashboard;

    private final ObservableList<Cycle> cycleList = FXCollections.observableArrayList();
    private final ObjectProperty<Cycle> selectedCycle = new SimpleObjectProperty<>();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.DASHBOARD);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final StringProperty statusMessage = new SimpleStringProperty("");
    private final StringProperty searchQuery = new SimpleStringProperty("");
    private final ObjectProperty<org.uncacworkbench.drafting.SectionLocation> openRequest = new SimpleObjectProperty<>();
    /** An article whose dossier the Convention page is to show when it opens; consumed there. */
    private final ObjectProperty<Integer> dossierRequest = new SimpleObjectProperty<>();

    public MainViewModel(CycleService cycles, SettingsStore settingsStore, Settings settings,
                         BackgroundTasks tasks, DialogService dialogs) {
        this.cycles = cycles;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.tasks = tasks;
        this.dialogs = dialogs;
        language.set(settings.language());
        statusMessage.set(messages().get("status.ready"));
        selectedCycle.addListener((obs, old, cycle) -> {
            if (cycle != null) {
                save(this.settings.withLastCycle(cycle.number()));
            }
        });
        language.addListener((obs, old, lang) -> {
            save(this.settings.withLanguage(lang));
            statusMessage.set(messages().get("status.ready"));
        });
    }

    /** Reads the cycles and reopens the one last used (or the newest). */
    /** After a cycle was created or set up: the cycles read again, and that one shown (its dashboard read afresh). */
    public void cycleSaved(Cycle saved) {
        tasks.submit(cycles::cycles, loaded -> {
            cycleList.setAll(loaded);
            selectedCycle.set(null);
            selectedCycle.set(loaded.stream().filter(c -> c.number() == saved.number()).findFirst().orElse(saved));
            statusMessage.set(messages().format("cycle.setup.saved", saved.title(language.get())));
        }, failure -> dialogs.showError(messages().get("error.title"), messages().describe(failure)));
    }

    public void loadCycles() {
        statusMessage.set(messages().get("status.loading"));
        tasks.submit(cycles::cycles, this::cyclesLoaded, failure -> {
            statusMessage.set(messages().get("status.failed"));
            dialogs.showError(messages().get("error.title"), messages().describe(failure));
        });
    }

    private void cyclesLoaded(List<Cycle> loaded) {
        cycleList.setAll(loaded);
        selectedCycle.set(reopen(loaded, settings));
        statusMessage.set(messages().format("status.cyclesLoaded", loaded.size()));
    }

    /**
     * Shows cycles read before the window was built, and keeps the reopened cycle's dashboard for
     * the dashboard page to show at once (see {@link #takeFirstDashboard}).
     */
    public void showCycles(List<Cycle> loaded, Optional<CycleDashboard> dashboard) {
        firstDashboard = dashboard.orElse(null);
        cyclesLoaded(loaded);
    }

    /** The dashboard read with the cycles at start-up, once; a later dashboard is read afresh. */
    public Optional<CycleDashboard> takeFirstDashboard() {
        Optional<CycleDashboard> first = Optional.ofNullable(firstDashboard);
        firstDashboard = null;
        return first;
    }

    /** The cycle the window opens: the one last used if it still exists, else the newest. */
    static Cycle reopen(List<Cycle> cycles, Settings settings) {
        int wanted = settings.lastCycleNumber().orElse(-1);
        return cycles.stream().filter(c -> c.number() == wanted).findFirst()
                .orElse(cycles.isEmpty() ? null : cycles.getLast());
    }

    /**
     * After a crash: tells the user which sections hold text that was typed but not saved, and
     * opens the drafting page where each section offers it back.
     */
    public void offerRecovery(org.uncacworkbench.drafting.RecoveryService recovery, String username,
                              java.util.function.Function<Long, String> cycleLabel) {
        tasks.submit(() -> describe(recovery.pending(username), cycleLabel), this::showRecovery,
                failure -> dialogs.showError(messages().get("error.title"), messages().describe(failure)));
    }

    /** The same for unsaved texts already read, with the first screen: their cycles are among those shown. */
    public void offerRecovery(List<org.uncacworkbench.drafting.RecoveryRepository.Copy> pending) {
        showRecovery(describe(pending, id -> cycleList.stream().filter(c -> c.id() == id).findFirst()
                .map(c -> c.title(messages().language())).orElse("?")));
    }

    private List<String> describe(List<org.uncacworkbench.drafting.RecoveryRepository.Copy> pending,
                                  java.util.function.Function<Long, String> cycleLabel) {
        return pending.stream()
                .map(c -> messages().format("recovery.item", cycleLabel.apply(c.cycleId()), c.sectionKey(), c.language().nativeName()))
                .toList();
    }

    private void showRecovery(List<String> items) {
        if (!items.isEmpty()) {
            page.set(Page.DRAFTING);
            dialogs.showInformation(messages().get("recovery.title"), messages().format("recovery.message", items.size(), String.join("\n", items)));
        }
    }

    /** Opens a place in the report (e.g. a search hit): its cycle, the drafting page, the passage. */
    public void openLocation(org.uncacworkbench.drafting.SectionLocation location) {
        cycleList.stream().filter(c -> c.number() == location.cycleNumber()).findFirst().ifPresent(selectedCycle::set);
        openRequest.set(location);
        page.set(Page.DRAFTING);
    }

    /** Opens the Convention page on an article's dossier in a cycle (from drafting or search). */
    public void openDossier(int cycleNumber, int article) {
        cycleList.stream().filter(c -> c.number() == cycleNumber).findFirst().ifPresent(selectedCycle::set);
        dossierRequest.set(article);
        page.set(Page.CONVENTION);
    }

    public ObjectProperty<Integer> dossierRequestProperty() {
        return dossierRequest;
    }

    public StringProperty searchQueryProperty() {
        return searchQuery;
    }

    public ObjectProperty<org.uncacworkbench.drafting.SectionLocation> openRequestProperty() {
        return openRequest;
    }

    public Messages messages() {
        return Messages.of(language.get());
    }

    public ObservableList<Cycle> cycles() {
        return cycleList;
    }

    public ObjectProperty<Cycle> selectedCycleProperty() {
        return selectedCycle;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    public Settings settings() {
        return settings;
    }

    public void rememberWindow(Settings.WindowBounds bounds) {
        save(settings.withWindow(bounds));
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** What replaces the data with a backup and opens the window again (the program sets it; tests may too). */
    private java.util.function.Consumer<java.nio.file.Path> restorer = backup -> {
        throw new IllegalStateException("no restore in this window");
    };

    public void onRestore(java.util.function.Consumer<java.nio.file.Path> restore) {
        this.restorer = restore;
    }

    /** Replaces all data with the backup {@code backup}, once the user has confirmed it. */
    public void restore(java.nio.file.Path backup) {
        restorer.accept(backup);
    }

    private void save(Settings updated) {
        if (updated.equals(settings)) {
            return; // e.g. reopening the cycle last used: nothing to write
        }
        settings = updated;
        try {
            settingsStore.save(updated);
        } catch (RuntimeException e) {
            statusMessage.set(messages().format("status.settingsNotSaved", String.valueOf(e.getMessage())));
        }
    }
}
