package org.uncacworkbench.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;
import org.uncacworkbench.App;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.shell.ui.Page;
import org.uncacworkbench.ui.BackgroundTasks;

/**
 * Opens the window on a data folder in a JVM of its own (so nothing is warmed by other tests), at
 * 1280×800, and times each page from the moment the page is asked for (what Ctrl+1…8 does) to the
 * first layout pass after its data arrived, with background work as the program runs it: first each
 * page once, then every page again five times. Prints one line per page: "PAGE name first later…".
 */
public final class PageSpeedChild {

    private PageSpeedChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Language language = Language.fromTag(args[1]).orElseThrow();
        App app = App.openForWork(dir, Clock.systemDefaultZone());
        BackgroundTasks tasks = BackgroundTasks.standard();
        WindowFixture window = new WindowFixture();
        FxToolkit.registerPrimaryStage();
        SettingsStore store = new SettingsStore(dir, Locale.TAIWAN);
        FxToolkit.setupStage(stage -> window.show(stage, app, store, store.load().withLanguage(language), tasks, 1280, 800));
        settle(tasks);
        // as the program does a second after its first screen: the search reads its texts (setting jOOQ up), Markdown's parser loads
        org.uncacworkbench.shell.ui.WorkbenchApplication.readAhead(app, org.uncacworkbench.i18n.Messages.of(language));
        List<Page> pages = List.of(Page.values());
        long[] first = new long[pages.size()];
        List<List<Long>> later = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            later.add(new ArrayList<>());
            if (pages.get(i) != Page.DASHBOARD) {
                first[i] = open(window, tasks, pages.get(i));
            }
        }
        // the dashboard was the first screen: its first opening is the start's, measured elsewhere; here it opens again
        first[0] = open(window, tasks, Page.DASHBOARD);
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < pages.size(); i++) {
                later.get(i).add(open(window, tasks, pages.get(i)));
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            System.out.println("PAGE " + pages.get(i).name().toLowerCase(Locale.ROOT) + " " + first[i] / 1_000 + " "
                    + String.join(" ", later.get(i).stream().map(t -> String.valueOf(t / 1_000)).toList()));
        }
        System.out.println("DONE");
        System.out.flush();
        app.close();
        System.exit(0);
    }

    /** Nanoseconds from asking for the page to the first layout pass with no background work pending. */
    static long open(WindowFixture window, BackgroundTasks tasks, Page page) throws Exception {
        if (window.viewModel.pageProperty().get() == page) {
            open(window, tasks, page == Page.SETTINGS ? Page.DASHBOARD : Page.SETTINGS); // a page opens from another
        }
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            window.viewModel.pageProperty().set(page);
            boolean[] armed = {false};
            // queued after the page's own requests for background work: once it runs, they are counted
            Platform.runLater(() -> armed[0] = true);
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (armed[0] && tasks.runningProperty().get() == 0 && !done.isDone()) {
                    done.complete(System.nanoTime() - t0);
                    Platform.runLater(() -> window.scene.removePostLayoutPulseListener(check[0]));
                } else {
                    Platform.requestNextPulse();
                }
            };
            window.scene.addPostLayoutPulseListener(check[0]);
            Platform.requestNextPulse();
        });
        long t = done.get(60, TimeUnit.SECONDS);
        settle(tasks);
        return t;
    }

    private static void settle(BackgroundTasks tasks) throws Exception {
        for (int i = 0; i < 200; i++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            if (tasks.runningProperty().get() == 0) {
                return;
            }
            Thread.sleep(20);
        }
    }
}
