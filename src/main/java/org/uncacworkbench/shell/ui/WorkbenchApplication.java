package org.uncacworkbench.shell.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.uncacworkbench.App;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.shell.Settings;
import org.uncacworkbench.shell.SettingsStore;
import org.uncacworkbench.storage.DataDirectory;
import org.uncacworkbench.storage.RestoreService;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.FxDialogService;
import org.uncacworkbench.ui.Icons;
import org.uncacworkbench.ui.Theme;

/**
 * The desktop program. The window appears at once with a progress indicator; the database is
 * opened, migrated and (first time) filled with the demo cycles in the background — begun by the
 * launcher before JavaFX starts ({@link EarlyStart}), together with the cycles and the dashboard the
 * first screen shows. A database problem is shown in a dialog in the user's language, with the
 * ways out, never as a silent exit.
 */
public final class WorkbenchApplication extends Application {

    private BackgroundTasks tasks;
    private App app;
    private MainViewModel viewModel;
    private MainWindow window;
    private Scene scene;
    private FxDialogService dialogs;
    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        Thread.ofPlatform().daemon().name("icon-font").start(WorkbenchApplication::prepareIcons);
        this.stage = primaryStage;
        Map<String, String> named = getParameters().getNamed();
        Path dataDir = DataDirectory.resolve(named.containsKey("data-dir") ? Path.of(named.get("data-dir")) : null);
        SettingsStore store = new SettingsStore(dataDir, Locale.getDefault());
        Settings loaded = store.load();
        Settings settings = Language.fromTag(named.get("lang")).map(loaded::withLanguage).orElse(loaded);
        Messages messages = Messages.of(settings.language());

        Theme.applyUserAgent();
        tasks = BackgroundTasks.standard();
        Label opening = new Label(messages.get("startup.opening"));
        VBox splash = new VBox(16, opening);
        splash.setAlignment(javafx.geometry.Pos.CENTER);
        // the spinner only when opening takes a while (a migration, a slow disk): usually the dashboard comes first
        PauseTransition slow = new PauseTransition(javafx.util.Duration.millis(400));
        slow.setOnFinished(e -> splash.getChildren().addFirst(new ProgressIndicator()));
        slow.play();
        Theme.useLanguage(splash, settings.language());
        Scene scene = new Scene(splash, 1200, 780);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        placeWindow(settings);
        stage.show();
        StartupProbe.watch(scene);

        Clock clock = Clock.systemDefaultZone();
        dialogs = new FxDialogService(stage, () -> viewModel != null ? viewModel.messages() : messages, getHostServices()::showDocument);
        this.scene = scene;
        new StartupRecovery<EarlyStart.Opened>(tasks, dialogs, messages,
                dir -> EarlyStart.take(dir).map(EarlyStart::join).orElseGet(() -> EarlyStart.open(dir, clock)), clock)
                .open(dataDir, opened -> {
                    slow.stop();
                    show(opened, settings);
                    opened.firstScreen().ifPresentOrElse(first -> viewModel.offerRecovery(first.unsaved()),
                            () -> viewModel.offerRecovery(app.recovery(), app.username(), id -> app.cycles().cycle(id)
                                    .map(c -> c.title(viewModel.messages().language())).orElse("?")));
                    readAhead(opened.app());
                    backUpForTheDay(opened.app());
                }, Platform::exit);
    }

    /** The window on an opened data folder: the main window in place of whatever the scene showed. */
    private void show(EarlyStart.Opened opened, Settings settings) {
        app = opened.app();
        viewModel = new MainViewModel(app.cycles(), new SettingsStore(app.database().dataDir(), Locale.getDefault()), settings,
                tasks, dialogs);
        viewModel.onRestore(this::restore);
        opened.firstScreen().ifPresentOrElse(first -> viewModel.showCycles(first.cycles(), first.dashboard()),
                viewModel::loadCycles);
        window = new MainWindow(app, viewModel, tasks);
        scene.setRoot(window.root());
        window.installAccelerators(scene);
        viewModel.languageProperty().subscribe(lang -> stage.setTitle(viewModel.messages().get("app.title")));
    }

    /**
     * The first start of a day backs the data up (keeping the last fortnight), in the background; a
     * backup that cannot be written is said in the status bar and the log, and does not stop the work.
     */
    private void backUpForTheDay(App opened) {
        tasks.submit(() -> opened.backups().dailyBackup(), written -> written.ifPresent(file ->
                        viewModel.statusMessageProperty().set(viewModel.messages().format("status.dailyBackup", file.getFileName().toString()))),
                failure -> {
                    org.slf4j.LoggerFactory.getLogger(WorkbenchApplication.class).warn("The daily backup failed", failure);
                    viewModel.statusMessageProperty().set(viewModel.messages().format("status.dailyBackupFailed", viewModel.messages().describe(failure)));
                });
    }

    /**
     * Replaces all data with a backup the user chose and confirmed: the window lets go of the
     * database, the restore runs (all or nothing), and the window opens again on what is there then —
     * the restored data, or, when the restore was refused, the data as it was, with the reason.
     */
    public void restore(Path backup) {
        Messages m = viewModel.messages();
        Settings settings = viewModel.settings();
        Path dataDir = app.database().dataDir();
        String username = app.username();
        App closing = app;
        window.close();
        Label restoring = new Label(m.get("restore.running"));
        VBox splash = new VBox(16, new ProgressIndicator(), restoring);
        splash.setAlignment(javafx.geometry.Pos.CENTER);
        Theme.useLanguage(splash, m.language());
        scene.setRoot(splash);
        Clock clock = Clock.systemDefaultZone();
        app = null;
        tasks.submit(() -> {
            closing.close();
            return new RestoreService(dataDir, clock).restore(backup);
        }, outcome -> reopen(dataDir, settings, opened -> {
            opened.app().auditLog().record(username, "restore", "database", null, null, "Restored from " + backup.toAbsolutePath());
            dialogs.showInformation(m.get("restore.doneTitle"), m.format("restore.done", backup.toAbsolutePath().toString(),
                    outcome.backupSchemaVersion(), outcome.previousDatabase().map(Path::toString).orElse("—")));
        }), failure -> reopen(dataDir, settings, opened -> org.uncacworkbench.ui.Failures.show(dialogs, m, failure, m.get("restore.notDone"))));
    }

    private void reopen(Path dataDir, Settings settings, java.util.function.Consumer<EarlyStart.Opened> then) {
        Clock clock = Clock.systemDefaultZone();
        new StartupRecovery<EarlyStart.Opened>(tasks, dialogs, Messages.of(settings.language()), dir -> EarlyStart.open(dir, clock), clock)
                .open(dataDir, opened -> {
                    show(opened, new SettingsStore(dataDir, Locale.getDefault()).load());
                    then.accept(opened);
                }, Platform::exit);
    }

    /** The sidebar's icons need the icon font; loading it here spares the window that moment. */
    private static void prepareIcons() {
        try {
            Icons.prepare();
        } catch (RuntimeException e) {
            // nothing lost: the window loads the font when it first shows an icon, and reports a failure there
        }
    }

    /**
     * Once the first screen is up, the search reads the texts it looks through and the Markdown parser
     * loads ({@link App#readAhead()}), so that even the first search and section are quick. Reading them through jOOQ also sets jOOQ up (its classes come from the jars:
     * the start-up cache leaves them out), which the first screen leaves for later (decision 0014);
     * a second after the first screen, so that it is done before the user's first request, as a rule.
     */
    private void readAhead(App opened) {
        PauseTransition settle = new PauseTransition(javafx.util.Duration.seconds(1));
        Messages messages = viewModel.messages();
        settle.setOnFinished(e -> tasks.readAhead(() -> readAhead(opened, messages)));
        settle.play();
    }

    /** The read-ahead's work, on a background thread: the program's ({@link App#readAhead()}) and the editor's classes. */
    public static void readAhead(App opened, Messages messages) {
        opened.readAhead();
        org.uncacworkbench.ui.markdown.EditorPane.prepare(messages);
    }

    private void placeWindow(Settings settings) {
        settings.window().ifPresent(w -> {
            boolean onScreen = !Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), w.width(), w.height())).isEmpty();
            if (onScreen) {
                stage.setX(w.x());
                stage.setY(w.y());
            }
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximized());
        });
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.rememberWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
        if (app != null) {
            app.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
