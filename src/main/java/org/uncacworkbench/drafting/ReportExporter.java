package org.uncacworkbench.drafting;

import org.uncacworkbench.export.Audience;
import org.uncacworkbench.export.DocContent;
import org.uncacworkbench.export.DocumentSettings;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.export.DocxFiles;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.MinguoDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.uncacworkbench.convention.Article;
import org.uncacworkbench.convention.Chapter;
import org.uncacworkbench.convention.ConventionService;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * The national report as a .docx: cover, table of contents, front matter, the chapters and articles
 * in Convention order, then the answer to the previous cycle's observations.
 */
public final class ReportExporter {

    private final CycleService cycles;
    private final ConventionService convention;
    private final SectionService sections;
    private final Clock clock;
    private final java.util.function.Supplier<DocumentSettings> publisher;

    public ReportExporter(CycleService cycles, ConventionService convention, SectionService sections, Clock clock) {
        this(cycles, convention, sections, clock, () -> DocumentSettings.DEFAULT);
    }

    /** {@code publisher}: the document settings as they are when a document is written. */
    public ReportExporter(CycleService cycles, ConventionService convention, SectionService sections, Clock clock,
                          java.util.function.Supplier<DocumentSettings> publisher) {
        this.cycles = cycles;
        this.convention = convention;
        this.sections = sections;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Writes the report; the file appears only when complete. {@code articles} empty = the whole report. */
    public Path export(int cycleNumber, Language language, Set<Integer> articles, Path target, DocxEngine.Progress progress) {
        return export(cycleNumber, language, articles, null, target, progress);
    }

    /** As above, on a user's .dotx/.docx template ({@code null} for the built-in styles). */
    public Path export(int cycleNumber, Language language, Set<Integer> articles, Path template, Path target,
                       DocxEngine.Progress progress) {
        return DocxFiles.write(content(cycleNumber, language, articles), template, target, progress);
    }

    /** Kinds of document the exporter writes. */
    public enum Kind { REPORT, REVIEW_PACK }

    /**
     * A review pack: the chosen articles' current text for panel members to read and comment on in
     * Word. It carries, as document properties, the cycle and each article's revision, so that a
     * returned pack can be matched to the text it was made from.
     */
    public Path exportReviewPack(int cycleNumber, Language language, Set<Integer> articles, Path target, DocxEngine.Progress progress) {
        if (articles.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("export.packNeedsArticles"));
        }
        return DocxFiles.write(reviewPack(cycleNumber, language, articles), null, target, progress);
    }

    /** A review pack as the document engine takes it, before it is written. */
    public DocContent reviewPack(int cycleNumber, Language language, Set<Integer> articles) {
        Cycle cycle = cycles.cycleByNumber(cycleNumber)
                .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", cycleNumber)));
        Messages m = Messages.of(language);
        List<DocContent.Block> blocks = new ArrayList<>();
        java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put("uncac.kind", "review-pack");
        properties.put("uncac.cycle", String.valueOf(cycleNumber));
        properties.put("uncac.language", language.shortCode());
        List<String> revisionsUsed = new ArrayList<>();
        Map<String, Revision> texts = sections.currentTexts(cycle.id(), language);
        for (Article a : convention.articles()) {
            if (!articles.contains(a.number())) {
                continue;
            }
            blocks.add(new DocContent.Heading(1, a.heading(language), anchor(a.number())));
            java.util.Optional.ofNullable(texts.get(SectionKey.forArticle(a.number()))).ifPresentOrElse(r -> {
                revisionsUsed.add("A" + a.number() + ":" + r.number());
                blocks.add(new DocContent.MarkdownText(withoutRepeatedHeading(r.body(), a.title(language)), 1));
            }, () -> blocks.add(new DocContent.MarkdownText(m.get("export.noText"), 1)));
        }
        properties.put("uncac.revisions", String.join(",", revisionsUsed));
        String title = m.format("export.packTitle", cycle.title(language));
        DocumentSettings settings = publisher.get();
        var cover = new DocContent.Cover(title, m.get("export.packSubtitle"), settings.organisation(language), coverDate(null, language));
        return new DocContent(language, Audience.PANEL, title, java.util.Optional.of(cover), false, title, blocks, properties, settings);
    }

    /** The national report as the document engine takes it, before it is written. */
    public DocContent content(int cycleNumber, Language language, Set<Integer> articles) {
        Cycle cycle = cycles.cycleByNumber(cycleNumber)
                .orElseThrow(() -> new WorkbenchException(UserMessage.of("cli.noSuchCycle", cycleNumber)));
        Messages m = Messages.of(language);
        boolean whole = articles.isEmpty();
        List<DocContent.Block> blocks = new ArrayList<>();
        Map<String, Revision> texts = sections.currentTexts(cycle.id(), language);
        if (whole) {
            section(texts, SectionKey.INTRODUCTION, m.get("section.INTRODUCTION"), blocks);
            section(texts, SectionKey.METHODOLOGY, m.get("section.METHODOLOGY"), blocks);
        }
        for (Chapter chapter : convention.chapters()) {
            List<Article> chosen = convention.articlesOf(chapter).stream()
                    .filter(a -> whole || articles.contains(a.number())).toList();
            if (chosen.isEmpty()) {
                continue;
            }
            blocks.add(new DocContent.Heading(1, chapter.heading(language)));
            for (Article a : chosen) {
                blocks.add(new DocContent.Heading(2, a.heading(language)));
                text(texts, SectionKey.forArticle(a.number())).map(t -> withoutRepeatedHeading(t, a.title(language)))
                        .ifPresent(t -> blocks.add(new DocContent.MarkdownText(t, 2)));
            }
        }
        if (whole) {
            section(texts, SectionKey.PREVIOUS_OBSERVATIONS, m.get("section.PREVIOUS_OBSERVATIONS"), blocks);
        }
        String title = cycle.reportTitle(language);
        DocumentSettings settings = publisher.get();
        var cover = new DocContent.Cover(title, m.get("export.reportSubtitle"), settings.organisation(language), coverDate(cycle, language));
        return new DocContent(language, Audience.PUBLIC, title, java.util.Optional.of(cover), true, title, blocks, java.util.Map.of(), settings);
    }

    private static void section(Map<String, Revision> texts, String key, String heading, List<DocContent.Block> blocks) {
        blocks.add(new DocContent.Heading(1, heading));
        text(texts, key).map(t -> withoutRepeatedHeading(t, heading))
                .ifPresent(t -> blocks.add(new DocContent.MarkdownText(t, 1)));
    }

    /** Drops a first heading that only repeats the title the report already gives the section. */
    static String withoutRepeatedHeading(String markdown, String heading) {
        String t = markdown.stripLeading();
        int nl = t.indexOf('\n');
        String first = (nl < 0 ? t : t.substring(0, nl)).strip();
        if (first.matches("#{1,6}\\s+.*") && first.replaceFirst("#{1,6}\\s+", "").strip().equals(heading.strip())) {
            return nl < 0 ? "" : t.substring(nl + 1);
        }
        return markdown;
    }

    /** The bookmark on an article's heading in a review pack: how a returned pack is read back. */
    public static String anchor(int article) {
        return "uncac_A" + article;
    }

    private static java.util.Optional<String> text(Map<String, Revision> texts, String key) {
        return java.util.Optional.ofNullable(texts.get(key)).map(Revision::body);
    }


    /**
     * The cover's date: a published report's date of publication (中華民國111年4月 / April 2022); a
     * report not yet published is a draft of today (草案　中華民國115年12月 / Draft, December 2026).
     * Documents of no report ({@code cycle} null: a review pack) carry today's date.
     */
    String coverDate(Cycle cycle, Language language) {
        if (cycle != null && cycle.publishedOn() != null) {
            return monthOf(cycle.publishedOn(), language);
        }
        String today = monthOf(LocalDate.now(clock), language);
        if (cycle == null) {
            return today;
        }
        return language.isChinese() ? "草案　" + today : "Draft, " + today;
    }

    private static String monthOf(LocalDate date, Language language) {
        if (language.isChinese()) {
            return "中華民國" + MinguoDate.from(date).get(ChronoField.YEAR_OF_ERA) + "年" + date.getMonthValue() + "月";
        }
        return date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
    }
}
