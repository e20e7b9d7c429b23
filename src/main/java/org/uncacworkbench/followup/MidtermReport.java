package org.uncacworkbench.followup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.uncacworkbench.review.Observation;

/**
 * The mid-term report (期中報告) as the agency published it in 2020: the adopted observations grouped
 * by the cycle's kinds or themes, each cited 【第N點】 (para. N) with its text, then the results so far
 * (現階段執行成果) and next steps (後續策進方向及作法) from the latest reports, its assessment and
 * tracking decision; and a summary table of assessments and decisions. Chinese or English.
 */
public final class MidtermReport {

    private final CycleService cycles;
    private final FollowupService followup;
    private final Supplier<DocumentSettings> publisher;
    private final Clock clock;

    public MidtermReport(CycleService cycles, FollowupService followup, Supplier<DocumentSettings> publisher, Clock clock) {
        this.cycles = cycles;
        this.followup = followup;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Path export(long cycleId, Language language, Path target, DocxEngine.Progress progress) {
        return DocxFiles.write(content(cycleId, language), null, target, progress);
    }

    public DocContent content(long cycleId, Language language) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.question.noCycle")));
        FollowupSnapshot s = followup.snapshot(cycleId);
        if (s.assignments().isEmpty()) {
            throw new WorkbenchException(UserMessage.of("followup.midterm.nothingAssigned"));
        }
        Messages m = Messages.of(language);
        Map<String, List<FollowupSnapshot.Row>> groups = new LinkedHashMap<>();
        for (FollowupSnapshot.Row r : s.rows()) {
            Observation o = r.observation();
            if (r.assignment() == null) {
                continue; // findings and good practice that call for no action are counted in the summary only
            }
            groups.computeIfAbsent(o.group() == null ? m.get("followup.midterm.ungrouped") : o.group().name(language), k -> new ArrayList<>()).add(r);
        }
        List<DocContent.Block> blocks = new ArrayList<>();
        blocks.add(new DocContent.Heading(1, m.get("followup.midterm.summaryTitle")));
        blocks.add(new DocContent.MarkdownText(summary(s, m), 1, m.get("followup.midterm.summaryTitle")));
        blocks.add(new DocContent.MarkdownText(gradeChart(s, m), 1, m.get("followup.charts.byGrade")));
        for (var g : groups.entrySet()) {
            blocks.add(new DocContent.Heading(1, g.getKey()));
            for (FollowupSnapshot.Row r : g.getValue()) {
                blocks.add(new DocContent.MarkdownText(point(s, r, m, language), 2, r.observation().citation(language)));
            }
        }
        String title = m.format("followup.midterm.title", cycle.title(language));
        DocumentSettings settings = publisher.get();
        var cover = new DocContent.Cover(title, m.get("followup.midterm.subtitle"), settings.organisation(language),
                DateFormats.officialDate(LocalDate.now(clock), language));
        return new DocContent(language, Audience.PUBLIC, title, Optional.of(cover), true, title, blocks,
                Map.of("uncac.kind", "midterm-report", "uncac.language", language.shortCode()), settings);
    }

    private static String point(FollowupSnapshot s, FollowupSnapshot.Row r, Messages m, Language language) {
        Observation o = r.observation();
        StringBuilder out = new StringBuilder();
        // 【**第N點**】: a bold run that ends on 】 would not close before Chinese text in Markdown
        out.append(language.isChinese() ? "【**第" + o.number() + "點**】" : "**" + o.citation(language) + "** ").append(escape(o.text(language)))
                .append("\n\n");
        Assignment a = r.assignment();
        if (a == null) {
            out.append("*").append(m.get("followup.midterm.notAssigned")).append("*\n\n");
            return out.toString();
        }
        out.append("**").append(m.get("followup.midterm.agencies")).append("**").append(m.get("followup.midterm.colon"))
                .append(a.lead().name(language));
        if (!a.coAgencies().isEmpty()) {
            out.append(m.get("followup.midterm.coPrefix")).append(String.join(language.isChinese() ? "、" : ", ",
                    a.coAgencies().stream().map(x -> x.name(language)).toList())).append(m.get("followup.midterm.coSuffix"));
        }
        out.append("\n\n");
        ProgressReport latest = r.latest();
        out.append("**").append(m.get("followup.midterm.results")).append("**").append(m.get("followup.midterm.colon"))
                .append(latest == null ? m.get("followup.midterm.noReport") : escape(latest.text(language))
                        + m.format("followup.midterm.reportedIn", latest.roundLabel())).append("\n\n");
        String next = latest == null ? null : latest.nextSteps(language);
        out.append("**").append(m.get("followup.midterm.nextSteps")).append("**").append(m.get("followup.midterm.colon"))
                .append(next == null || next.isBlank() ? "—" : escape(next)).append("\n\n");
        out.append("**").append(m.get("followup.midterm.assessment")).append("**").append(m.get("followup.midterm.colon"))
                .append(r.grade() == null ? "—" : s.scale().label(r.grade(), language)).append(language.isChinese() ? "；" : "; ")
                .append("**").append(m.get("followup.midterm.decision")).append("**").append(m.get("followup.midterm.colon"))
                .append(r.decision() == null ? m.get(r.tracking().key()) : m.get(r.decision().kind().key()) + m.get("followup.midterm.colonInline")
                        + escape(r.decision().reason(language))).append("\n\n");
        return out.toString();
    }

    /** The follow-up table as a Word document: the table's main columns, one row per adopted observation. */
    public Path exportTable(long cycleId, Language language, Path target, DocxEngine.Progress progress) {
        return DocxFiles.write(tableContent(cycleId, language), null, target, progress);
    }

    public DocContent tableContent(long cycleId, Language language) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.question.noCycle")));
        FollowupSnapshot s = followup.snapshot(cycleId);
        Messages m = Messages.of(language);
        // five columns fit a portrait page: the articles go with the text, the assessment with the tracking
        List<String> headers = FollowupTable.headers(language);
        StringBuilder t = new StringBuilder("| " + String.join(" | ", List.of(headers.get(0), headers.get(3), headers.get(4), headers.get(7),
                m.get("followup.table.standing"))) + " |\n|" + " --- |".repeat(5) + "\n");
        for (List<String> row : FollowupTable.rows(s, language)) {
            List<String> cells = List.of(row.get(0), row.get(3) + (language.isChinese() ? "（" + m.get("followup.table.articles") + "：" + row.get(2) + "）"
                    : " (" + m.get("followup.table.articles") + ": " + row.get(2) + ")"), row.get(4), row.get(7),
                    row.get(10) + (row.get(9).isEmpty() ? "" : "<br>" + row.get(9)));
            t.append("| ").append(String.join(" | ", cells.stream().map(c -> escape(c).replace("&lt;br>", "<br>").replace("\n", "<br>")).toList()))
                    .append(" |\n");
        }
        String title = m.format("followup.table.title", cycle.title(language));
        DocumentSettings settings = publisher.get();
        var cover = new DocContent.Cover(title, m.get("followup.midterm.subtitle"), settings.organisation(language),
                DateFormats.officialDate(LocalDate.now(clock), language));
        return new DocContent(language, Audience.PUBLIC, title, Optional.of(cover), false, title,
                List.of(new DocContent.MarkdownText(t.toString(), 1, title)),
                Map.of("uncac.kind", "followup-table", "uncac.language", language.shortCode()), settings);
    }

    /** The points by assessment, as the page's first chart shows them, drawn as a picture. */
    private static String gradeChart(FollowupSnapshot s, Messages m) {
        FollowupFigures f = FollowupFigures.of(s, List.of());
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Grade g : s.scale().grades()) {
            labels.add(g.name());
            values.add(f.byGrade().getOrDefault(g, List.of()).size());
        }
        labels.add(m.get("followup.charts.notAssessed"));
        values.add(f.notAssessed().size());
        Path picture = ChartPicture.bars(m.get("followup.charts.byGrade"), labels, values);
        return "![" + m.get("followup.charts.byGrade") + "](" + picture.toUri() + ")\n";
    }

    /** Counts by assessment and by where each point stands, as a table. */
    private static String summary(FollowupSnapshot s, Messages m) {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        Map<FollowupSnapshot.Tracking, Integer> tracking = new EnumMap<>(FollowupSnapshot.Tracking.class);
        int unassessed = 0;
        for (FollowupSnapshot.Row r : s.rows()) {
            tracking.merge(r.tracking(), 1, Integer::sum);
            if (r.assignment() != null) {
                if (r.grade() == null) {
                    unassessed++;
                } else {
                    grades.merge(r.grade(), 1, Integer::sum);
                }
            }
        }
        StringBuilder t = new StringBuilder("| " + m.get("followup.midterm.item") + " | " + m.get("followup.midterm.count") + " |\n| --- | ---: |\n");
        for (Grade g : s.scale().grades()) {
            t.append("| ").append(s.scale().label(g, m.language())).append(" | ").append(grades.getOrDefault(g, 0)).append(" |\n");
        }
        t.append("| ").append(m.get("followup.midterm.unassessed")).append(" | ").append(unassessed).append(" |\n");
        for (FollowupSnapshot.Tracking k : FollowupSnapshot.Tracking.values()) {
            t.append("| ").append(m.get(k.key())).append(" | ").append(tracking.getOrDefault(k, 0)).append(" |\n");
        }
        t.append("| **").append(m.get("followup.midterm.total")).append("** | **").append(s.rows().size()).append("** |\n");
        return t.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("|", "\\|").replace("<", "&lt;");
    }
}
