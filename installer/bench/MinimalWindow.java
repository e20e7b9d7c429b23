import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The floor for the start-up benchmark: a JavaFX window with one label, shown, drawn, then gone. */
public class MinimalWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("UNCAC"), 1200, 780));
        stage.show();
        new AnimationTimer() {
            int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
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
