package org.uncacworkbench.shell;

import java.util.Optional;
import java.util.OptionalInt;
import org.uncacworkbench.i18n.Language;

/** What the workbench remembers between runs: language, window placement and the last cycle. */
public record Settings(Language language, Optional<WindowBounds> window, OptionalInt lastCycleNumber) {

    /** Where the main window was and how large; {@code maximized} wins over the size when set. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Settings withLanguage(Language l) {
        return new Settings(l, window, lastCycleNumber);
    }

    public Settings withWindow(WindowBounds w) {
        return new Settings(language, Optional.of(w), lastCycleNumber);
    }

    public Settings withLastCycle(int number) {
        return new Settings(language, window, OptionalInt.of(number));
    }
}
