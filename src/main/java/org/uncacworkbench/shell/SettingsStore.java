package org.uncacworkbench.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.shell.Settings.WindowBounds;

/**
 * Keeps {@link Settings} in {@code settings.properties} in the data folder, beside the database, so a
 * data folder carries its user's preferences. A damaged file falls back to defaults; it never stops
 * the program.
 */
public final class SettingsStore {

    static final String FILE_NAME = "settings.properties";

    private final Path file;
    private final Locale systemLocale;

    public SettingsStore(Path dataDir, Locale systemLocale) {
        this.file = dataDir.resolve(FILE_NAME);
        this.systemLocale = systemLocale;
    }

    public Settings load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                p.clear(); // unreadable settings are not worth refusing to start for
            }
        }
        Language language = Language.fromTag(p.getProperty("language")).orElse(Language.forLocale(systemLocale));
        return new Settings(language, window(p), integer(p, "cycle.last"));
    }

    public void save(Settings settings) {
        Properties p = new Properties();
        p.setProperty("language", settings.language().tag());
        settings.window().ifPresent(w -> {
            p.setProperty("window.x", Double.toString(w.x()));
            p.setProperty("window.y", Double.toString(w.y()));
            p.setProperty("window.width", Double.toString(w.width()));
            p.setProperty("window.height", Double.toString(w.height()));
            p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        });
        settings.lastCycleNumber().ifPresent(n -> p.setProperty("cycle.last", Integer.toString(n)));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".settings-", ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "UNCAC Review Workbench settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<WindowBounds> window(Properties p) {
        try {
            if (p.getProperty("window.width") == null) {
                return Optional.empty();
            }
            double w = Double.parseDouble(p.getProperty("window.width"));
            double h = Double.parseDouble(p.getProperty("window.height"));
            if (w < 200 || h < 150) {
                return Optional.empty();
            }
            return Optional.of(new WindowBounds(Double.parseDouble(p.getProperty("window.x")), Double.parseDouble(p.getProperty("window.y")),
                    w, h, Boolean.parseBoolean(p.getProperty("window.maximized"))));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt integer(Properties p, String key) {
        try {
            String v = p.getProperty(key);
            return v == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
