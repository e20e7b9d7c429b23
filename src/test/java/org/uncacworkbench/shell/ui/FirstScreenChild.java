package org.uncacworkbench.shell.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.uncacworkbench.App;

/**
 * Opens a data folder and reads the first screen as the window's start does, in a JVM of its own,
 * then makes one jOOQ read; prints a line between the two, so the parent can tell which classes
 * were initialised for the first screen.
 */
public final class FirstScreenChild {

    static final String READ = "FIRST SCREEN READ";

    private FirstScreenChild() {
    }

    public static void main(String[] args) {
        EarlyStart.Opened opened = EarlyStart.open(Path.of(args[0]), Clock.systemDefaultZone());
        System.out.println(READ + ": " + opened.firstScreen().map(f -> f.cycles().size() + " cycles").orElse("failed"));
        System.out.flush();
        try (App app = opened.app()) {
            System.out.println("articles read through jOOQ: " + app.convention().articles().size());
        }
    }
}
