package org.uncacworkbench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.uncacworkbench.cli.WorkbenchCommand;
import org.uncacworkbench.shell.LoggingConfigurator;
import org.uncacworkbench.storage.DataDirectory;
import org.uncacworkbench.shell.ui.WorkbenchLauncher;

/**
 * The program's entry point: the window by default, a sub-command when one is given. A plain main
 * (not an Application subclass) so that JavaFX on the class path starts.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // before anything logs: libraries' warnings go to this folder's log file, not the terminal (the
        // constant is compiled in, so logging's classes are not loaded here, on the way to the window)
        System.setProperty(LoggingConfigurator.DATA_FOLDER_PROPERTY,
                DataDirectory.resolve(WorkbenchCommand.dataDirIn(args)).toString());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // Application.launch blocks until the window closes, so this returns for the GUI as well
        int code = WorkbenchCommand.run(args, WorkbenchLauncher::launch, out, err, Clock::systemDefaultZone);
        String training = System.getProperty(TRAIN_EXPORTS);
        if (training != null && code == WorkbenchCommand.EXIT_OK) {
            code = trainExports(WorkbenchCommand.dataDirIn(args), java.nio.file.Path.of(training), out, err);
        }
        System.exit(code);
    }

    /**
     * With this property (the installer's training start, installer/build.sh), the run goes on to
     * export the demo's documents into the folder it names, so that the ahead-of-time cache holds
     * what the command line's exports load, not only what the window does.
     */
    static final String TRAIN_EXPORTS = "uncac.trainExports";

    static int trainExports(java.nio.file.Path dataDir, java.nio.file.Path folder, PrintWriter out, PrintWriter err) {
        java.util.List<String> base = dataDir == null ? java.util.List.of() : java.util.List.of("--data-dir", dataDir.toString());
        String[][] commands = {
            {"export", "report", "--cycle", "2", "--lang", "zh", "--out", folder.resolve("report-zh.docx").toString()},
            {"export", "report", "--cycle", "2", "--lang", "en", "--out", folder.resolve("report-en.docx").toString()},
            {"export", "minutes", "--cycle", "2", "--session", "5", "--lang", "zh", "--out", folder.resolve("minutes-zh.docx").toString()},
            {"export", "review-pack", "--cycle", "3", "--lang", "zh", "--articles", "5-14", "--out", folder.resolve("pack-zh.docx").toString()},
        };
        int code = WorkbenchCommand.EXIT_OK;
        for (String[] command : commands) {
            java.util.List<String> all = new java.util.ArrayList<>(base);
            all.addAll(java.util.List.of(command));
            code = Math.max(code, WorkbenchCommand.run(all.toArray(String[]::new), a -> { }, out, err, Clock::systemDefaultZone));
        }
        return code;
    }
}
