import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for the start-up benchmark: a JavaFX window with one label, shown, drawn, then gone.
 * "Drawn" is decided as the workbench's StartupProbe decides it: the pulse that first lays the
 * content out hands its frame to the render thread; the next pulse asks for a redraw, which JavaFX
 * begins only once that frame is drawn; the pulse after that reports.
 */
public class MinimalWindow extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("UNCAC"), 1200, 780);
        int[] phase = {0};
        scene.addPostLayoutPulseListener(() -> {
            if (phase[0] == 0) {
                phase[0] = 1;
            }
        });
        stage.setScene(scene);
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (phase[0] == 1) {
                    scene.getRoot().setOpacity(0.99);
                    phase[0] = 2;
                } else if (phase[0] == 2) {
                    stop();
                    System.out.println("UNCAC-READY");
                    Platform.exit();
                }
            }
        }.start();
    }

    /** Started through a class that is not an Application, as with JavaFX on the class path the workbench is too. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }
}
