package org.uncacworkbench.views.dossier;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.export.Audience;
import org.uncacworkbench.export.DocContent;
import org.uncacworkbench.export.DocumentSettings;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.export.DocxFiles;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * The briefing book reviewers and delegations read before the meeting: for each chosen article (each
 * on a new page) the report's text and everything said about it in the cycle. Made for readers outside
 * the closed session: draft observations and closed-session exchanges are left out.
 */
public final class BriefingBook {

    private final DossierService dossiers;
    private final CycleService cycles;
    private final Supplier<DocumentSettings> publisher;
    private final Clock clock;

    public BriefingBook(DossierService dossiers, CycleService cycles, Supplier<DocumentSettings> publisher, Clock clock) {
        this.dossiers = dossiers;
        this.cycles = cycles;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Path export(long cycleId, List<Integer> articles, Language language, Path target, DocxEngine.Progress progress) {
        return DocxFiles.write(content(cycleId, articles, language), null, target, progress);
    }

    public DocContent content(long cycleId, List<Integer> articles, Language language) {
        if (articles.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("dossier.book.noArticles"));
        }
        var cycle = cycles.cycle(cycleId).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.question.noCycle")));
        Messages m = Messages.of(language);
        boolean zh = language.isChinese();
        String colon = zh ? "：" : ": ";
        List<DocContent.Block> blocks = new ArrayList<>();
        for (ArticleDossier d : dossiers.dossiers(cycleId, articles)) {
            blocks.add(new DocContent.Heading(1, d.article().heading(language)));
            blocks.add(new DocContent.Heading(2, m.get("dossier.reportText")));
            Optional<String> mine = zh ? d.textZh() : d.textEn();
            Optional<String> other = zh ? d.textEn() : d.textZh();
            blocks.add(text(mine.orElse(other.map(o -> marked(m, zh) + "\n\n" + o).orElse("*" + m.get("dossier.none") + "*")), 2,
                    d.article().heading(language)));
            List<String> panel = new ArrayList<>();
            d.comments().forEach(c -> panel.add("- **" + (zh || c.memberEn() == null || c.memberEn().isBlank() ? c.memberZh() : c.memberEn())
                    + "**" + colon + pick(zh, c.comment().body(), c.comment().bodyEn(), m)));
            d.rulings().forEach(r -> panel.add("- " + m.format("dossier.ruling", r.sessionNo()) + pick(zh, r.textZh(), r.textEn(), m)));
            list(blocks, m.get("dossier.panel"), panel, m);
            List<String> requests = new ArrayList<>();
            d.requests().forEach(r -> r.recipients().forEach(x -> requests.add("- " + m.format("dossier.request", r.number(), x.agency().code())
                    + (x.answerText() == null ? m.get("dossier.noAnswer") : x.answerText().replace("\n", " ")))));
            list(blocks, m.get("dossier.requests"), requests, m);
            List<String> questions = new ArrayList<>();
            d.questions().forEach(q -> {
                questions.add("- " + m.format("dossier.question", q.number()) + (zh && q.textZh() != null ? q.textZh() : q.textEn()));
                q.answers().forEach(a -> questions.add("    - " + a.agency().code() + colon + pick(zh, a.textZh(), a.textEn(), m)));
            });
            list(blocks, m.get("dossier.questions"), questions, m);
            List<String> points = new ArrayList<>();
            d.points().forEach(p -> points.add("- **" + (zh && p.organisationZh() != null ? p.organisationZh() : p.organisationEn()) + "**" + colon
                    + pick(zh, p.textZh(), p.textEn(), m)));
            list(blocks, m.get("dossier.points"), points, m);
            List<String> exchanges = new ArrayList<>();
            d.exchanges().stream().filter(x -> !x.closedSession()).forEach(x -> exchanges.add("- " + m.format("dossier.exchange", x.sessionNo())
                    + (x.reviewer() == null ? "" : x.reviewer() + colon) + x.question()
                    + (x.answer() == null ? "" : " — " + (x.agencyCode() == null ? "" : x.agencyCode() + colon) + x.answer())));
            list(blocks, m.get("dossier.exchanges"), exchanges, m);
            List<String> observations = new ArrayList<>();
            d.observations().stream().filter(ArticleDossier.Observation::adopted) // drafts stay in the closed session
                    .forEach(o -> {
                        observations.add("- " + m.format("dossier.observation", o.number()) + pick(zh, o.textZh(), o.textEn(), m));
                        o.chain().forEach(c -> observations.add("    - " + m.format("dossier.chain", c.cycleNumber(), c.number(), m.get(c.key()))
                                + pick(zh, c.textZh(), c.textEn(), m)));
                    });
            list(blocks, m.get("dossier.observations"), observations, m);
            List<String> previous = new ArrayList<>();
            d.previousObservations().stream().filter(ArticleDossier.Observation::adopted)
                    .forEach(o -> previous.add("- " + m.format("dossier.observation", o.number()) + pick(zh, o.textZh(), o.textEn(), m)));
            list(blocks, d.previousCycle().map(p -> m.format("dossier.previous", p.title(language))).orElse(m.get("dossier.previousNone")),
                    previous, m);
        }
        String title = m.format("dossier.book.title", cycle.title(language));
        DocumentSettings settings = publisher.get();
        var cover = new DocContent.Cover(title, m.get("dossier.book.subtitle"), settings.organisation(language),
                DateFormats.officialDate(LocalDate.now(clock), language));
        return new DocContent(language, Audience.REVIEWERS, title, Optional.of(cover), true, title, blocks,
                Map.of("uncac.kind", "briefing-book", "uncac.language", language.shortCode()), settings);
    }

    private static void list(List<DocContent.Block> blocks, String heading, List<String> lines, Messages m) {
        blocks.add(new DocContent.Heading(2, heading));
        blocks.add(text(lines.isEmpty() ? "*" + m.get("dossier.none") + "*" : String.join("\n", lines), 2, heading));
    }

    private static DocContent.MarkdownText text(String markdown, int base, String label) {
        return new DocContent.MarkdownText(markdown, base, label);
    }

    /** The text in the edition's language, else the other one marked, never silently mixed. */
    private static String pick(boolean zh, String textZh, String textEn, Messages m) {
        String mine = zh ? textZh : textEn;
        String other = zh ? textEn : textZh;
        if (mine != null && !mine.isBlank()) {
            return mine.replace("\n", " ");
        }
        return other == null ? "" : marked(m, zh) + " " + other.replace("\n", " ");
    }

    private static String marked(Messages m, boolean zh) {
        return m.get(zh ? "review.booklet.englishOnly" : "review.booklet.chineseOnly");
    }
}
