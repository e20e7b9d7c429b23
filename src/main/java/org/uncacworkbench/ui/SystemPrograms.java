package org.uncacworkbench.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Whether this computer has a program that opens a kind of file. Windows and macOS always answer
 * an "open" themselves (with a chooser when nothing is associated); a Linux desktop asks
 * {@code xdg-mime} and does nothing at all when there is no program, so there the answer decides
 * whether the user is told. Asked once per kind of file (a short process run, under a second).
 */
public final class SystemPrograms {

    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private SystemPrograms() {
    }

    /** Whether opening {@code file} (or, for a folder, showing it) will show the user something. */
    public static boolean canOpen(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        String kind = java.nio.file.Files.isDirectory(file) ? "inode/directory" : mimeType(file);
        return KNOWN.computeIfAbsent(kind, k -> !run("xdg-mime", "query", "default", k).isBlank());
    }

    private static String mimeType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "pdf" -> "application/pdf";
            case "md", "txt" -> "text/plain";
            case "png" -> "image/png";
            default -> "application/octet-stream";
        };
    }

    /** What a command printed, or nothing when it is missing, fails or hangs. */
    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return p.exitValue() == 0 ? out.strip() : "";
        } catch (java.io.IOException e) {
            return ""; // no xdg-mime: no desktop to open anything with
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
