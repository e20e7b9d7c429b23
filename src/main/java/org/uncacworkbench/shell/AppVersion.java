package org.uncacworkbench.shell;

/** The program's version as the build stamped it into the jar, for --version and the About dialog. */
public final class AppVersion {

    private AppVersion() {
    }

    /** e.g. "0.5.0", or empty in a development build run from the classes folder. */
    public static java.util.Optional<String> version() {
        return java.util.Optional.ofNullable(AppVersion.class.getPackage().getImplementationVersion());
    }

    public static String javaVersion() {
        return System.getProperty("java.runtime.version", System.getProperty("java.version", "?"));
    }

    public static String javafxVersion() {
        return System.getProperty("javafx.runtime.version", "?");
    }
}
