package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "minutes", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportMinutesCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExportOptions options;

    @Option(names = "--session", required = true, descriptionKey = "option.session", paramLabel = "M")
    int session;

    @Option(names = "--chinese-only-ok", descriptionKey = "option.chineseOnlyOk")
    boolean chineseOnlyOk;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try (App app = options.open(ctx)) {
            long cycleId = app.cycles().cycleByNumber(options.cycle)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", options.cycle))).id();
            long sessionId = app.panel().session(cycleId, session).id();
            var missing = app.minutes().draft(sessionId, options.language()).missing();
            if (!missing.isEmpty()) {
                // never silently mixed: the user sees what is missing and chooses to write it marked
                for (var m : missing) {
                    ctx.err().println(ctx.messages().format("cli.minutes.missingLine", m.describe(ctx.messages()), m.chineseShort(40)));
                }
                ctx.err().flush();
                if (!chineseOnlyOk) {
                    throw new WorkbenchException(UserMessage.of("cli.minutes.missingEnglish", missing.size()));
                }
            }
            Path written = app.minutes().export(sessionId, options.language(), options.out(), options.progress(ctx));
            ctx.say("cli.export.done", written.toString());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
