package org.uncacworkbench.shell.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.text.Text;

/**
 * For the start-up benchmark and the installer's training start (which builds the class-data
 * archive): with {@code -Duncac.startupProbe=true}, once the dashboard shows the open cycle's
 * section counts on screen, prints how long since the process started and exits.
 */
final class StartupProbe {

    static final String PROPERTY = "uncac.startupProbe";

    private StartupProbe() {
    }

    static void watch(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        new AnimationTimer() {
            private int framesSinceReady = -1;

            @Override
            public void handle(long now) {
                if (framesSinceReady < 0 && scene.lookup("#sectionTotal") instanceof Text total && !total.getText().isBlank()) {
                    framesSinceReady = 0;
                } else if (framesSinceReady >= 0 && ++framesSinceReady == 2) { // drawn, not only laid out
                    stop();
                    Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                    System.out.println("UNCAC-READY " + Duration.between(started, Instant.now()).toMillis() + " ms");
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}
