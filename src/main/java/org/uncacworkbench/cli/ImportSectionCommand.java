package org.uncacworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.drafting.RevisionService;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "section", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ImportSectionCommand implements Callable<Integer> {

    @ParentCommand
    ImportCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycle", required = true, descriptionKey = "option.cycle", paramLabel = "N")
    int cycle;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--article", descriptionKey = "option.article", paramLabel = "A")
        Integer article;

        @Option(names = "--section", descriptionKey = "option.section", paramLabel = "KEY")
        String section;
    }

    @Option(names = "--lang", required = true, descriptionKey = "option.textLang", paramLabel = "zh|en")
    String textLanguage;

    @Parameters(index = "0", descriptionKey = "param.importFile", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        WorkbenchCommand root = (WorkbenchCommand) spec.root().userObject();
        CliContext ctx = root.context();
        try (App app = App.openMigrated(ctx.dataDir(), ctx.clock())) {
            Language language = Language.fromTag(textLanguage)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.badLanguage", textLanguage)));
            long cycleId = app.cycles().cycleByNumber(cycle)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", cycle))).id();
            String key = target.article != null ? SectionKey.forArticle(target.article) : target.section;
            long sectionId = app.sections().sectionId(cycleId, key)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchSection", key, cycle)));
            RevisionService.SaveResult result = app.revisions().importFile(sectionId, language, file.toAbsolutePath(), app.username());
            ctx.say(result.saved() ? "cli.import.done" : "cli.import.unchanged", file.toString(), cycle, key,
                    language.shortCode(), result.revision().number());
            return WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }
}
