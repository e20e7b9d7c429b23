package org.uncacworkbench.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.uncacworkbench.App;
import org.uncacworkbench.drafting.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class)
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Parameters(index = "0", descriptionKey = "param.searchText", paramLabel = "TEXT")
    String text;

    @Option(names = "--cycle", descriptionKey = "option.cycle", paramLabel = "N")
    Integer cycle;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        try (App app = App.openMigrated(ctx.dataDir(), ctx.clock())) {
            List<SearchHit> hits = app.search().search(text, cycle);
            for (SearchHit h : hits) {
                ctx.say("cli.search.hit", h.cycleNumber(), h.sectionKey(), h.language().shortCode(), h.matches(), marked(h));
            }
            ctx.say(hits.isEmpty() ? "cli.search.none" : "cli.search.count", hits.size(), text);
            return hits.isEmpty() ? WorkbenchCommand.EXIT_FAILED : WorkbenchCommand.EXIT_OK;
        } catch (RuntimeException e) {
            return ctx.fail(e);
        }
    }

    /** The passage with each match between 【 and 】, since a terminal has no highlighting. */
    private static String marked(SearchHit h) {
        StringBuilder out = new StringBuilder();
        for (SearchHit.Segment segment : h.segments()) {
            out.append(segment.match() ? "【" + segment.text() + "】" : segment.text());
        }
        return out.toString();
    }
}
