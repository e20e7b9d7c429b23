package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code export run-sheet --cycle N --lang zh|en --out FILE}: the review meeting's programme. */
@Command(name = "run-sheet", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportRunSheetCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExportOptions options;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try (App app = options.open(ctx)) {
            long cycleId = app.cycles().cycleByNumber(options.cycle)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", options.cycle))).id();
            Path written = app.runSheet().export(cycleId, options.language(), options.out(), options.progress(ctx));
            ctx.say("cli.export.done", written.toString());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
