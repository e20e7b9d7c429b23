package org.uncacworkbench.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes what a scene shows to target/screenshots/NAME.png, so anyone can look at the UI. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
