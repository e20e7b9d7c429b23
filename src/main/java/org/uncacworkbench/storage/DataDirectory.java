package org.uncacworkbench.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workbench keeps a user's database, backups and settings: the {@code --data-dir} option
 * if given, else the {@value #ENV_VARIABLE} environment variable, else the platform's usual
 * per-user data folder.
 */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "UNCAC_WORKBENCH_DATA";
    static final String APP_FOLDER = "uncac-workbench";

    private DataDirectory() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, Path home) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, home);
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path platformDefault(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("UNCAC Workbench");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("UNCAC Workbench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(APP_FOLDER);
    }
}
