package org.uncacworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.uncacworkbench.i18n.Messages;

/** What every sub-command needs: where the data is, how to talk to the user, and the clock. */
record CliContext(Path dataDir, Messages messages, PrintWriter out, PrintWriter err, Clock clock) {

    void say(String key, Object... args) {
        out.println(messages.format(key, args));
        out.flush();
    }

    int fail(Throwable failure) {
        err.println(messages.format("cli.failed", messages.describe(failure)));
        err.flush();
        return WorkbenchCommand.EXIT_FAILED;
    }
}
