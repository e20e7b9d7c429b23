package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Mixin;

/** An export of one cycle's document in one language: the cycle found by its number, the file written, where said. */
abstract class CycleDocumentCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExportOptions options;

    /** Writes the document of cycle {@code cycleId}; the file written. */
    abstract Path write(App app, long cycleId, CliContext ctx);

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try (App app = options.open(ctx)) {
            long cycleId = app.cycles().cycleByNumber(options.cycle)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", options.cycle))).id();
            Path written = write(app, cycleId, ctx);
            ctx.say("cli.export.done", written.toString());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
