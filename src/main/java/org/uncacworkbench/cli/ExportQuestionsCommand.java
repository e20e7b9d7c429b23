package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code export questions --cycle N --lang zh|en --out FILE}: the Q&amp;A booklet. */
@Command(name = "questions", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportQuestionsCommand implements Callable<Integer> {

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
            Path written = app.qaBooklet().export(cycleId, options.language(), options.out(), options.progress(ctx));
            ctx.say("cli.export.done", written.toString());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
