package org.uncacworkbench.review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
 * The concluding observations as a Word document: in Chinese, in English, or both side by side (a
 * two-column table), grouped as the cycle's kinds or themes, each point cited as 【第N點】 in Chinese and
 * "para. N" in English. Only the secretariat's edition holds the closed session's drafts, marked as
 * such; every other audience gets the adopted points alone.
 */
public final class ObservationsDocument {

    /** Which languages a document carries. */
    public enum Edition {
        ZH, EN, BOTH;

        /** The language its headings and cover are in (the side-by-side edition's is Chinese, the publisher's own). */
        public Language language() {
            return this == EN ? Language.EN : Language.ZH_TW;
        }
    }

    private final CycleService cycles;
    private final ObservationService observations;
    private final Supplier<DocumentSettings> publisher;
    private final Clock clock;

    public ObservationsDocument(CycleService cycles, ObservationService observations, Supplier<DocumentSettings> publisher, Clock clock) {
        this.cycles = cycles;
        this.observations = observations;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Writes the document; the file appears only when complete. */
    public Path export(long cycleId, Edition edition, Audience audience, Path target, DocxEngine.Progress progress) {
        return DocxFiles.write(content(cycleId, edition, audience), null, target, progress);
    }

    /** The document as the engine takes it. */
    public DocContent content(long cycleId, Edition edition, Audience audience) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.question.noCycle")));
        boolean secretariat = audience == Audience.SECRETARIAT;
        List<Observation> points = secretariat ? observations.withDrafts(cycleId) : observations.adopted(cycleId);
        if (points.isEmpty()) {
            throw new WorkbenchException(UserMessage.of(secretariat ? "review.observation.export.none" : "review.observation.export.noneAdopted"));
        }
        Language language = edition.language();
        Messages m = Messages.of(language);
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH_TW);
        Map<String, List<Observation>> grouped = new LinkedHashMap<>();
        for (ObservationGroup g : observations.groups(cycleId)) {
            grouped.put(heading(g, edition), new ArrayList<>());
        }
        String other = edition == Edition.BOTH ? zh.get("review.observation.export.ungrouped") + " " + en.get("review.observation.export.ungrouped")
                : m.get("review.observation.export.ungrouped");
        for (Observation o : points) {
            grouped.computeIfAbsent(o.group() == null ? other : heading(o.group(), edition), k -> new ArrayList<>()).add(o);
        }
        List<DocContent.Block> blocks = new ArrayList<>();
        for (var group : grouped.entrySet()) {
            List<Observation> in = group.getValue().stream().sorted(Comparator.comparingInt(Observation::number)).toList();
            if (in.isEmpty()) {
                continue;
            }
            blocks.add(new DocContent.Heading(1, group.getKey()));
            if (edition == Edition.BOTH) {
                blocks.add(new DocContent.MarkdownText(sideBySide(in, zh, en), 1, group.getKey()));
            } else {
                for (Observation o : in) {
                    blocks.add(new DocContent.MarkdownText(single(o, language, m), 1, o.citation(language)));
                }
            }
        }
        String title = m.format("review.observation.export.title", cycle.title(language));
        LocalDate dated = points.stream().filter(Observation::adopted).map(Observation::adoptedOn).max(Comparator.naturalOrder())
                .orElse(LocalDate.now(clock));
        List<String> below = new ArrayList<>();
        if (edition == Edition.BOTH) {
            below.add(en.format("review.observation.export.title", cycle.title(Language.EN)));
        }
        if (secretariat) {
            below.add(m.get("review.observation.export.secretariatOnly"));
        } else {
            below.add(m.format("review.observation.export.adoptedOn", DateFormats.officialDate(dated, language)));
        }
        String subtitle = String.join(" — ", below);
        DocumentSettings settings = publisher.get();
        var cover = new DocContent.Cover(title, subtitle, settings.organisation(language), DateFormats.officialDate(dated, language));
        return new DocContent(language, audience, title, Optional.of(cover), false, title, blocks,
                Map.of("uncac.kind", "concluding-observations", "uncac.language", edition.name().toLowerCase(java.util.Locale.ROOT)), settings);
    }

    private static String heading(ObservationGroup g, Edition edition) {
        return switch (edition) {
            case ZH -> g.nameZh();
            case EN -> g.nameEn();
            case BOTH -> g.nameZh() + " " + g.nameEn();
        };
    }

    /** One point in one language: its citation in bold, then its text; a draft marked as the closed session's. */
    private static String single(Observation o, Language language, Messages m) {
        String text = o.text(language);
        String note = "";
        if (language.isChinese() && (o.textZh() == null || o.textZh().isBlank())) {
            note = m.get("review.booklet.englishOnly") + " ";
        }
        String draft = o.draft() ? m.get("review.observation.export.draftMark") + " " : "";
        return "**" + o.citation(language) + "** " + draft + note + text;
    }

    /** A group's points as a two-column table: Chinese on the left, English on the right, a row per point. */
    private static String sideBySide(List<Observation> points, Messages zh, Messages en) {
        StringBuilder table = new StringBuilder("| " + zh.get("review.observation.export.chinese") + " | "
                + en.get("review.observation.export.english") + " |\n| --- | --- |\n");
        List<String> notes = new ArrayList<>();
        for (Observation o : points) {
            String left = (o.draft() ? zh.get("review.observation.export.draftMark") + " " : "")
                    + (o.textZh() == null || o.textZh().isBlank() ? zh.get("review.observation.export.notTranslated") : o.textZh());
            String right = (o.draft() ? en.get("review.observation.export.draftMark") + " " : "") + o.textEn();
            table.append("| **").append(o.citation(Language.ZH_TW)).append("** ").append(cell(left, "z" + o.number(), notes))
                    .append(" | **").append(o.citation(Language.EN)).append("** ").append(cell(right, "e" + o.number(), notes)).append(" |\n");
        }
        return table + (notes.isEmpty() ? "" : "\n" + String.join("\n\n", notes) + "\n");
    }

    /**
     * A text in a table cell: paragraphs as line breaks, pipes escaped; its footnotes given labels of their
     * own (the point's, so two points' "1" do not meet) and their definitions collected to follow the table.
     */
    private static String cell(String markdown, String prefix, List<String> notes) {
        List<String> body = new ArrayList<>();
        for (String paragraph : markdown.strip().split("\\n\\s*\\n")) {
            String p = paragraph.strip().replaceAll("\\[\\^([^\\]\\s]+)]", "[^" + prefix + "-$1]");
            if (p.startsWith("[^" + prefix + "-") && p.contains("]:")) {
                notes.add(p);
            } else {
                body.add(p.replace("\n", " ").replace("|", "\\|"));
            }
        }
        return String.join("<br><br>", body);
    }
}
