package org.uncacworkbench.shell.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.text.Text;

/**
 * For the start-up benchmark and the installer's training start (which builds the ahead-of-time
 * cache): with {@code -Duncac.startupProbe=true}, once the dashboard's frame is on screen, prints
 * how long since the process started and exits.
 *
 * <p>"On screen" is decided the same way as for the benchmark's minimal window
 * ({@code installer/bench/MinimalWindow.java}): in the pulse where the dashboard (its section
 * total) is first laid out, its frame goes to the render thread; the next pulse asks for a redraw,
 * and JavaFX copies a new frame only once the previous one is drawn; the pulse after that reports.
 */
final class StartupProbe {

    static final String PROPERTY = "uncac.startupProbe";

    private StartupProbe() {
    }

    static void watch(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        int[] stage = {0}; // 0 waiting, 1 the dashboard's frame handed to the render thread, 2 the redraw that waits for it asked for
        scene.addPostLayoutPulseListener(() -> {
            if (stage[0] == 0 && scene.lookup("#sectionTotal") instanceof Text total && !total.getText().isBlank()) {
                stage[0] = 1;
            }
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (stage[0] == 1) {
                    scene.getRoot().setOpacity(0.99); // a change to draw: this pulse waits for the dashboard's frame
                    stage[0] = 2;
                } else if (stage[0] == 2) {
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
