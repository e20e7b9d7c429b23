package org.uncacworkbench.review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.uncacworkbench.convention.Article;
import org.uncacworkbench.convention.ConventionService;
import org.uncacworkbench.cycle.Cycle;
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
 * The Q&amp;A booklet: the cycle's written questions in article order (general questions first; by the
 * Convention's chapters, each on a new page, and articles), each
 * with who asked it, its text, and every answering agency's answer, in one language per edition. Where
 * a text exists only in the other language it is given as it is, marked so, never silently mixed.
 */
public final class QaBooklet {

    private final CycleService cycles;
    private final ConventionService convention;
    private final QuestionService questions;
    private final Supplier<DocumentSettings> publisher;
    private final Clock clock;

    public QaBooklet(CycleService cycles, ConventionService convention, QuestionService questions, Supplier<DocumentSettings> publisher,
                     Clock clock) {
        this.cycles = cycles;
        this.convention = convention;
        this.questions = questions;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Writes the booklet; the file appears only when complete. */
    public Path export(long cycleId, Language language, Path target, DocxEngine.Progress progress) {
        return DocxFiles.write(content(cycleId, language), null, target, progress);
    }

    /** The booklet as the document engine takes it. */
    public DocContent content(long cycleId, Language language) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.question.noCycle")));
        List<WrittenQuestion> all = questions.questions(cycleId);
        if (all.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("review.booklet.empty"));
        }
        Messages m = Messages.of(language);
        List<DocContent.Block> blocks = new ArrayList<>();
        List<WrittenQuestion> general = all.stream().filter(WrittenQuestion::general).toList();
        if (!general.isEmpty()) {
            blocks.add(new DocContent.Heading(1, m.get("review.booklet.general")));
            general.forEach(q -> question(q, 2, language, m, blocks));
        }
        // by the Convention's chapters (each on a new page) and articles, as the report is laid out
        for (var chapter : convention.chapters()) {
            List<Article> asked = convention.articlesOf(chapter).stream()
                    .filter(a -> all.stream().anyMatch(q -> q.articles().contains(a.number()))).toList();
            if (asked.isEmpty()) {
                continue;
            }
            blocks.add(new DocContent.Heading(1, chapter.heading(language)));
            for (Article a : asked) {
                blocks.add(new DocContent.Heading(2, a.heading(language)));
                all.stream().filter(q -> q.articles().contains(a.number())).sorted(Comparator.comparingInt(WrittenQuestion::number))
                        .forEach(q -> question(q, 3, language, m, blocks));
            }
        }
        String title = m.format("review.booklet.title", cycle.title(language));
        DocumentSettings settings = publisher.get();
        var cover = new DocContent.Cover(title, m.get("review.booklet.subtitle"), settings.organisation(language),
                DateFormats.officialDate(LocalDate.now(clock), language));
        return new DocContent(language, Audience.REVIEWERS, title, Optional.of(cover), true, title, blocks,
                Map.of("uncac.kind", "qa-booklet", "uncac.language", language.shortCode()), settings);
    }

    private static void question(WrittenQuestion q, int level, Language language, Messages m, List<DocContent.Block> blocks) {
        String asker = q.reviewerName() == null ? m.get("review.booklet.theReviewers") : q.reviewerName();
        blocks.add(new DocContent.Heading(level, m.format("review.booklet.question", q.number(), asker)));
        boolean chinese = language.isChinese();
        String text = chinese && q.textZh() == null ? m.get("review.booklet.englishOnly") + "\n\n" + q.textEn() : q.text(language);
        blocks.add(new DocContent.MarkdownText(text, level, m.format("review.booklet.question", q.number(), asker)));
        if (q.routing().isEmpty() && q.answers().isEmpty()) {
            blocks.add(new DocContent.MarkdownText("*" + m.get("review.booklet.notRouted") + "*", level));
            return;
        }
        for (WrittenQuestion.Routing r : q.routing()) {
            String agency = r.agency().label(language) + (r.lead() ? m.get("review.booklet.lead") : "");
            blocks.add(new DocContent.Heading(level + 1, m.format("review.booklet.answerBy", agency)));
            var answer = q.answers().stream().filter(a -> a.agencyId() == r.agencyId()).findFirst();
            if (answer.isEmpty()) {
                blocks.add(new DocContent.MarkdownText("*" + m.get("review.booklet.noAnswer") + "*", level + 1));
                continue;
            }
            String mine = chinese ? answer.get().textZh() : answer.get().textEn();
            String other = chinese ? answer.get().textEn() : answer.get().textZh();
            blocks.add(new DocContent.MarkdownText(mine != null ? mine
                    : m.get(chinese ? "review.booklet.englishOnly" : "review.booklet.chineseOnly") + "\n\n" + other, level + 1));
        }
    }
}
