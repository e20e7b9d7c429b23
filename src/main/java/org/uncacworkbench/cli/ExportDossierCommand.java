package org.uncacworkbench.cli;

import java.nio.file.Path;
import org.uncacworkbench.App;
import org.uncacworkbench.convention.ArticleRanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export dossier --cycle N --articles 5-14 --lang zh|en --out FILE}: the briefing book of the articles' dossiers. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class ExportDossierCommand extends CycleDocumentCommand {

    @Option(names = "--articles", required = true, descriptionKey = "option.dossierArticles", paramLabel = "5-14")
    String articles;

    @Override
    Path write(App app, long cycleId, CliContext ctx) {
        return app.briefingBook().export(cycleId, ArticleRanges.parse(articles), options.language(), options.out(), options.progress(ctx));
    }
}
