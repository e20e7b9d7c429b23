package org.uncacworkbench.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a second JVM on the test class path: another user, another instance, a process to kill, a fresh start. */
public final class ChildProcess {

    private ChildProcess() {
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
}
