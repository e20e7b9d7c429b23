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
        System.exit(code);
    }
}
