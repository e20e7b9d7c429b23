package org.uncacworkbench.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a second JVM on the test class path: another user, another instance, a process to kill, a fresh start. */
public final class ChildProcess {

    private ChildProcess() {
    }

    /** The system properties that make JavaFX run headless (Monocle), as the build sets them, to hand to a child JVM. */
    public static List<String> headlessOptions() {
        List<String> options = new ArrayList<>();
        for (String property : List.of("testfx.robot", "testfx.headless", "prism.order", "prism.text",
                "glass.platform", "monocle.platform", "headless.geometry", "java.awt.headless")) {
            String value = System.getProperty(property);
            if (value != null) {
                options.add("-D" + property + "=" + value);
            }
        }
        return options;
    }

    public static ProcessBuilder java(Class<?> main, String... args) {
        return java(List.of(), main, args);
    }

    /** With options for the child's JVM, e.g. what it should log. */
    public static ProcessBuilder java(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    public static String readAll(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The same command on another class path, made from this one's entries by {@code change}. */
    public static ProcessBuilder withClassPath(ProcessBuilder builder, java.util.function.UnaryOperator<List<String>> change) {
        List<String> command = builder.command();
        int at = command.indexOf("-cp") + 1;
        List<String> entries = change.apply(List.of(command.get(at).split(java.io.File.pathSeparator)));
        command.set(at, String.join(java.io.File.pathSeparator, entries));
        return builder;
    }

    /**
     * Reads the child's output up to the first line starting with {@code marker}; returns every line
     * read (the marker's last), or all there was if the child ended first.
     */
    public static List<String> readUntil(Process p, String marker) throws IOException {
        List<String> lines = new ArrayList<>();
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.startsWith(marker)) {
                break;
            }
        }
        return lines;
    }
}
