package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.convention.ArticleRanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportReportCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExportOptions options;

    @Option(names = "--articles", descriptionKey = "option.articles", paramLabel = "5-14")
    String articles;

    @Option(names = "--template", descriptionKey = "option.template", paramLabel = "FILE")
    Path template;

    @Override
    public Integer call() {
        CliContext ctx = ((WorkbenchCommand) spec.root().userObject()).context();
        try (App app = options.open(ctx)) {
            Path written = app.reportExporter().export(options.cycle, options.language(), new HashSet<>(ArticleRanges.parse(articles)),
                    template == null ? null : template.toAbsolutePath(), options.out(), options.progress(ctx));
            ctx.say("cli.export.done", written.toString());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
