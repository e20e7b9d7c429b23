package org.uncacworkbench.shell;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.uncacworkbench.App;
import org.uncacworkbench.shell.ui.MainViewModel;
import org.uncacworkbench.shell.ui.MainWindow;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.RecordingDialogs;
import org.uncacworkbench.ui.Theme;

/** The main window on a test database, with tasks run in place and dialogs answered by the test. */
final class WindowFixture {

    final RecordingDialogs dialogs = new RecordingDialogs();
    Scene scene;
    MainViewModel viewModel;

    void show(Stage stage, App app, SettingsStore store, Settings settings) {
        // tasks run in place: the test sees each result as soon as the action that asked for it returns
        show(stage, app, store, settings, new BackgroundTasks(Runnable::run, Runnable::run));
    }

    /** With the given tasks: {@link BackgroundTasks#standard()} runs them as the program does. */
    void show(Stage stage, App app, SettingsStore store, Settings settings, BackgroundTasks tasks) {
        show(stage, app, store, settings, tasks, 1400, 900);
    }

    /** In a window of the given size (the layout check uses a common laptop's 1280×800). */
    void show(Stage stage, App app, SettingsStore store, Settings settings, BackgroundTasks tasks, double width, double height) {
        // a tooltip the previous test's resting pointer opened would outlive its scene and could lie
        // over what this test clicks: each test starts without one
        javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip).toList()
                .forEach(javafx.stage.Window::hide);
        viewModel = new MainViewModel(app.cycles(), store, settings, tasks, dialogs);
        MainWindow window = new MainWindow(app, viewModel, tasks);
        Theme.applyUserAgent();
        scene = new Scene(window.root(), width, height);
        Theme.style(scene);
        window.installAccelerators(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // the primary stage is shared: a window shown before keeps its own size otherwise
        stage.show();
        viewModel.loadCycles();
    }

    /** Selects the section {@code key} in the drafting page's list, as a click on it would. */
    static void selectSection(org.testfx.api.FxRobot robot, String key) {
        javafx.scene.control.ListView<?> list = robot.lookup("#sectionList").queryAs(javafx.scene.control.ListView.class);
        int row = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).toString().contains("key=" + key + ",")) {
                row = i;
            }
        }
        int index = row;
        robot.interact(() -> list.scrollTo(index));
        robot.interact(() -> list.getSelectionModel().select(index));
    }
}
