package org.uncacworkbench.shell.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.Scene;
import org.kordamp.ikonli.javafx.FontIcon;
import org.uncacworkbench.App;
import org.uncacworkbench.requests.ui.RequestsView;
import org.uncacworkbench.panel.ui.PanelView;
import org.uncacworkbench.panel.ui.PanelViewModel;
import org.uncacworkbench.panel.ui.ReviewPacksViewModel;
import org.uncacworkbench.requests.ui.RequestsViewModel;
import org.uncacworkbench.views.convention.ui.ConventionView;
import org.uncacworkbench.views.convention.ui.ConventionViewModel;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.views.dashboard.ui.DashboardView;
import org.uncacworkbench.views.dashboard.ui.DashboardViewModel;
import org.uncacworkbench.drafting.ui.SearchView;
import org.uncacworkbench.views.export.ui.ExportView;
import org.uncacworkbench.views.export.ui.ExportViewModel;
import org.uncacworkbench.drafting.ui.SearchViewModel;
import org.uncacworkbench.drafting.ui.SectionEditorView;
import org.uncacworkbench.drafting.ui.SectionEditorViewModel;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.Icons;
import org.uncacworkbench.ui.PageView;
import org.uncacworkbench.ui.Theme;
import org.uncacworkbench.ui.Tooltips;

/**
 * The main window's content: header with the cycle picker, navigation, the current page and the
 * status bar. A language change rebuilds it in place; the view model keeps cycle and page.
 */
public final class MainWindow {

    private final App app;
    private final MainViewModel viewModel;
    private final BackgroundTasks tasks;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private PageView current;
    private ChoiceBox<Cycle> picker;
    private Label statusMessage;
    private StackPane busy;
    private final javafx.beans.value.ChangeListener<Number> busyWatcher = (o, was, now) -> showBusy(now.intValue() > 0);
    private ToggleGroup navGroup;

    public MainWindow(App app, MainViewModel viewModel, BackgroundTasks tasks) {
        this.app = app;
        this.viewModel = viewModel;
        this.tasks = tasks;
        root.setId("mainWindow");
        viewModel.languageProperty().subscribe(lang -> build());
        viewModel.pageProperty().addListener((obs, old, page) -> showPage());
    }

    public Parent root() {
        return root;
    }

    /** Lets go of the page and the long-lived view model: before the data under the window is replaced. */
    public void close() {
        if (current != null) {
            current.dispose();
            current = null;
        }
        unbindPrevious();
    }

    /**
     * Ctrl+1…9 switch pages, in the sidebar's order, as in most desktop tools with a sidebar; the
     * settings, last, take Ctrl+, as settings do in most desktop tools.
     */
    static KeyCodeCombination shortcut(Page page) {
        return page == Page.SETTINGS ? new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN)
                : new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(page.ordinal() + 1)), KeyCombination.SHORTCUT_DOWN);
    }

    public void installAccelerators(Scene scene) {
        for (Page page : Page.values()) {
            scene.getAccelerators().put(shortcut(page), () -> {
                if (viewModel.pageProperty().get() == page) {
                    focusPage(); // already open: back to its main control
                } else {
                    viewModel.pageProperty().set(page);
                }
            });
        }
        // the first page was built before the window showed, when focus could not be given
        scene.windowProperty().addListener((o, old, window) -> {
            if (window != null) {
                window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> focusPage());
            }
        });
        if (scene.getWindow() != null) {
            scene.getWindow().addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> focusPage());
        }
    }

    private void build() {
        unbindPrevious();
        Messages m = viewModel.messages();
        Theme.useLanguage(root, m.language());
        // what JavaFX's own controls format (the date picker's months and weekdays) follows the interface
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, m.language().locale());
        root.setTop(header(m));
        root.setLeft(navigation(m));
        root.setCenter(content);
        root.setBottom(statusBar(m));
        showPage();
    }

    private HBox header(Messages m) {
        Label title = new Label(m.get("app.title"));
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label cycleLabel = new Label(m.get("header.cycle"));
        // a choice box, not a combo box: a handful of cycles, and no list view built before the first screen
        picker = new ChoiceBox<>(viewModel.cycles());
        picker.setId("cyclePicker");
        picker.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the cycle's name read whole; the search box gives way
        picker.setConverter(new CycleNames(m));
        picker.valueProperty().bindBidirectional(viewModel.selectedCycleProperty());
        cycleLabel.setLabelFor(picker);
        javafx.scene.control.TextField search = new javafx.scene.control.TextField();
        search.setId("globalSearch");
        search.setPromptText(m.get("search.prompt"));
        // the prompt read whole, in either language (measured before the stylesheet's larger size applies: hence the margin)
        javafx.scene.text.Text prompt = new javafx.scene.text.Text(search.getPromptText());
        search.setPrefWidth(Math.max(240, Math.ceil(prompt.getLayoutBounds().getWidth() * 1.15) + 32));
        search.setOnAction(e -> {
            viewModel.searchQueryProperty().set(search.getText());
            if (viewModel.pageProperty().get() == Page.SEARCH) {
                showPage(); // a new search from the same page
            } else {
                viewModel.pageProperty().set(Page.SEARCH);
            }
        });
        HBox header = new HBox(title, spacer, search, cycleLabel, picker);
        header.getStyleClass().add("app-header");
        return header;
    }

    private VBox navigation(Messages m) {
        VBox nav = new VBox();
        nav.getStyleClass().add("sidebar");
        nav.setId("navigation");
        navGroup = new ToggleGroup();
        Map<Page, FontIcon> icons = new EnumMap<>(Page.class);
        icons.put(Page.DASHBOARD, Icons.dashboard());
        icons.put(Page.CONVENTION, Icons.convention());
        icons.put(Page.DRAFTING, Icons.drafting());
        icons.put(Page.SEARCH, Icons.search());
        icons.put(Page.REQUESTS, Icons.requests());
        icons.put(Page.PANEL, Icons.panel());
        icons.put(Page.REVIEW, Icons.review());
        icons.put(Page.FOLLOWUP, Icons.followup());
        icons.put(Page.EXPORT, Icons.export());
        icons.put(Page.SETTINGS, Icons.settings());
        for (Page page : Page.values()) {
            ToggleButton b = new ToggleButton(m.get(page.messageKey()), icons.get(page));
            b.setId("nav-" + page.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(navGroup);
            b.setUserData(page);
            String shortcut = " (" + shortcut(page).getDisplayText() + ")";
            Tooltips.onHover(b, () -> m.get(page.messageKey()) + shortcut);
            b.setOnAction(e -> {
                viewModel.pageProperty().set(page);
                b.setSelected(true); // a second click on the current page keeps it selected
            });
            nav.getChildren().add(b);
        }
        return nav;
    }

    private HBox statusBar(Messages m) {
        statusMessage = new Label();
        statusMessage.setId("statusMessage");
        statusMessage.textProperty().bind(viewModel.statusMessageProperty());
        busy = new StackPane();
        busy.setMinSize(14, 14);
        busy.setPrefSize(14, 14);
        tasks.runningProperty().addListener(busyWatcher);
        showBusy(tasks.runningProperty().get() > 0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label database = new Label(app.database().file().toString(), Icons.database());
        database.setId("statusDatabase");
        Label user = new Label(m.format("status.user", app.username()));
        Label language = new Label(viewModel.languageProperty().get().nativeName());
        language.setId("statusLanguage");
        HBox bar = new HBox(busy, statusMessage, spacer, database, user, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setId("statusBar");
        return bar;
    }

    private void showPage() {
        if (current != null) {
            current.dispose();
        }
        Page page = viewModel.pageProperty().get();
        navGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == page));
        Messages m = viewModel.messages();
        current = switch (page) {
            case DASHBOARD -> {
                DashboardViewModel dashboard = new DashboardViewModel(app.cycles(), app.dashboards(), tasks, viewModel.dialogs(), m)
                        .carryingOver(app.carryOver());
                viewModel.takeFirstDashboard().ifPresent(dashboard::prime);
                yield new DashboardView(dashboard, viewModel.selectedCycleProperty(), m, LocalDate.now(app.clock()), viewModel.cycles(),
                        app.username(), viewModel::cycleSaved);
            }
            case CONVENTION -> new ConventionView(new ConventionViewModel(app.convention(), app.sections(), tasks, viewModel.dialogs(), m),
                    viewModel.selectedCycleProperty(), m, viewModel::openLocation, new org.uncacworkbench.views.dossier.ui.DossierViewModel(
                            app.dossiers(), app.briefingBook(), tasks, viewModel.dialogs(), m), viewModel.dossierRequestProperty());
            case DRAFTING -> new SectionEditorView(new SectionEditorViewModel(app.sections(), app.revisions(), app.translations(),
                    app.recovery(), app.convention(), tasks, viewModel.dialogs(), m, app.username()), viewModel.selectedCycleProperty(), tasks,
                    viewModel.openRequestProperty(), viewModel::openDossier);
            case REQUESTS -> new RequestsView(new RequestsViewModel(app.requests(), app.agencies(), tasks, viewModel.dialogs(), m,
                    app.username()), viewModel.selectedCycleProperty());
            case PANEL -> new PanelView(new PanelViewModel(app.panel(), app.sessionRecords(), app.minutes(), tasks, viewModel.dialogs(), m,
                    app.username()), new ReviewPacksViewModel(app.reviewPacks(), tasks, viewModel.dialogs(), m, app.username()),
                    viewModel.selectedCycleProperty());
            case REVIEW -> new org.uncacworkbench.review.ui.ReviewView(new org.uncacworkbench.review.ui.ReviewersViewModel(app.reviews(), tasks,
                    viewModel.dialogs(), m, app.username()), new org.uncacworkbench.review.ui.QuestionsViewModel(app.questions(), app.reviews(),
                    app.agencies(), app.qaBooklet(), tasks, viewModel.dialogs(), m, app.username()),
                    new org.uncacworkbench.review.ui.ParallelReportsViewModel(app.parallelReports(), app.agencies(), tasks,
                            viewModel.dialogs(), m, app.username()),
                    new org.uncacworkbench.review.ui.MeetingViewModel(app.meeting(), app.reviews(), app.agencies(), app.runSheet(), tasks,
                            viewModel.dialogs(), m, app.username()),
                    new org.uncacworkbench.review.ui.ObservationsViewModel(app.observations(), app.observationsDocument(), tasks,
                            viewModel.dialogs(), m, app.username()), viewModel.selectedCycleProperty());
            case FOLLOWUP -> new org.uncacworkbench.followup.ui.FollowupView(new org.uncacworkbench.followup.ui.FollowupViewModel(app.followup(),
                    app.roundDocuments(), app.midtermReport(), app.convention(), app.panel(), app.sessionRecords(), app.agencies(), app.assignmentFiles(), tasks, viewModel.dialogs(), m, app.username()),
                    viewModel.selectedCycleProperty());
            case SEARCH -> searchPage(m);
            case EXPORT -> new ExportView(new ExportViewModel(app.reportExporter(), app.cycles(), tasks, viewModel.dialogs(), m, app.username()),
                    viewModel.selectedCycleProperty());
            case SETTINGS -> new SettingsView(viewModel, m, app.database().dataDir(), app.database().file(), () -> about(m),
                    app.documentSettings(), tasks, app.username(), app.backups(), app.auditLog());
        };
        content.getChildren().setAll(current.node());
        focusPage();
    }

    /** Puts the keyboard in the page's main control, not in the header's search box (or on its sidebar entry). */
    private void focusPage() {
        if (current == null) {
            return;
        }
        current.node().applyCss(); // makes the skins that hold the controls
        javafx.scene.Node target = current.focusTarget();
        if (target != null) {
            target.requestFocus();
        } else {
            Page page = viewModel.pageProperty().get();
            navGroup.getToggles().stream().filter(t -> t.getUserData() == page).findFirst()
                    .ifPresent(t -> ((javafx.scene.Node) t).requestFocus());
        }
    }

    /** The spinner while background work runs; made the first time there is some, so an idle start does not build it. */
    private void showBusy(boolean running) {
        if (running && busy.getChildren().isEmpty()) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setId("busyIndicator");
            spinner.setPrefSize(14, 14);
            busy.getChildren().add(spinner);
        }
        busy.setVisible(running);
    }

    /** Version, runtime, and where the data lives: what a support call asks first. */
    private void about(Messages m) {
        tasks.submit(() -> app.migrations().currentVersion().orElse("—"), schema -> viewModel.dialogs().showInformation(m.get("about.title"),
                m.format("about.text", org.uncacworkbench.shell.AppVersion.version().orElse(m.get("about.devBuild")),
                        org.uncacworkbench.shell.AppVersion.javaVersion(), org.uncacworkbench.shell.AppVersion.javafxVersion(),
                        app.database().dataDir().toString(), app.database().file().toString(), schema)),
                failure -> viewModel.dialogs().showError(m.get("error.title"), m.describe(failure)));
    }

    private PageView searchPage(Messages m) {
        SearchViewModel search = new SearchViewModel(app.search(), app.convention(), tasks, viewModel.dialogs(), m);
        search.queryProperty().set(viewModel.searchQueryProperty().get());
        search.queryProperty().addListener((o, a, q) -> viewModel.searchQueryProperty().set(q));
        return new SearchView(search, viewModel.cycles(), viewModel::openLocation, viewModel::openDossier);
    }

    /** The old header and status bar must not stay bound to the long-lived view model. */
    private void unbindPrevious() {
        if (picker != null) {
            picker.valueProperty().unbindBidirectional(viewModel.selectedCycleProperty());
            picker.setItems(javafx.collections.FXCollections.observableArrayList()); // not null: the choice box's skin cannot take it
            statusMessage.textProperty().unbind();
            tasks.runningProperty().removeListener(busyWatcher);
        }
    }

    /** A cycle as the picker names it; with no cycle (an empty database) it says there is none. */
    private static final class CycleNames extends javafx.util.StringConverter<Cycle> {
        private final Messages messages;

        CycleNames(Messages messages) {
            this.messages = messages;
        }

        @Override
        public String toString(Cycle cycle) {
            return cycle == null ? messages.get("header.noCycles")
                    : messages.format("dashboard.title", cycle.title(messages.language()), cycle.periodLabel());
        }

        @Override
        public Cycle fromString(String text) {
            throw new UnsupportedOperationException("the picker is not editable");
        }
    }
}
