package org.uncacworkbench.review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The review meeting's run-sheet (議程表 / programme): day by day, each session's time, title, room,
 * chair, articles and the delegations that attend, in one language. The closed session appears as a
 * slot of the reviewers' own, without its title or anything said there.
 */
public final class RunSheet {

    private final CycleService cycles;
    private final MeetingService meeting;
    private final Supplier<DocumentSettings> publisher;
    private final Clock clock;

    public RunSheet(CycleService cycles, MeetingService meeting, Supplier<DocumentSettings> publisher, Clock clock) {
        this.cycles = cycles;
        this.meeting = meeting;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Path export(long cycleId, Language language, Path target, DocxEngine.Progress progress) {
        return DocxFiles.write(content(cycleId, language), null, target, progress);
    }

    public DocContent content(long cycleId, Language language) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.question.noCycle")));
        List<MeetingSession> sessions = meeting.sessions(cycleId);
        if (sessions.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("review.meeting.runSheet.empty"));
        }
        Messages m = Messages.of(language);
        boolean zh = language.isChinese();
        // a column no session fills (rooms or delegations not yet decided) is left out rather than printed empty
        boolean rooms = sessions.stream().anyMatch(s -> s.room() != null);
        boolean delegations = sessions.stream().anyMatch(s -> !s.delegations().isEmpty() && s.kind() != MeetingSession.Kind.CLOSED_SESSION);
        List<String> headers = new ArrayList<>(List.of(m.get("review.meeting.runSheet.time"), m.get("review.meeting.runSheet.session")));
        if (rooms) {
            headers.add(m.get("review.meeting.runSheet.room"));
        }
        headers.addAll(List.of(m.get("review.meeting.runSheet.chair"), m.get("review.meeting.runSheet.articles")));
        if (delegations) {
            headers.add(m.get("review.meeting.runSheet.delegations"));
        }
        List<DocContent.Block> blocks = new ArrayList<>();
        LocalDate day = null;
        StringBuilder table = null;
        for (MeetingSession s : sessions.stream().sorted(java.util.Comparator.comparing(MeetingSession::date)
                .thenComparing(x -> x.startsAt() == null ? java.time.LocalTime.MIN : x.startsAt())).toList()) {
            if (!s.date().equals(day)) {
                if (table != null) {
                    blocks.add(new DocContent.MarkdownText(table.toString(), 2, null));
                }
                day = s.date();
                blocks.add(new DocContent.Heading(1, DateFormats.officialDate(day, language)));
                table = new StringBuilder("| " + String.join(" | ", headers) + " |\n|" + " --- |".repeat(headers.size()) + "\n");
            }
            boolean closed = s.kind() == MeetingSession.Kind.CLOSED_SESSION;
            String time = s.startsAt() == null ? "" : DateFormats.clock(s.startsAt(), language)
                    + (s.endsAt() == null ? "" : "–" + DateFormats.clock(s.endsAt(), language));
            List<String> cells = new ArrayList<>(List.of(time, closed ? m.get("review.meeting.runSheet.closedSlot") : s.title(language)));
            if (rooms) {
                cells.add(s.room() == null ? "" : s.room());
            }
            cells.add(s.chair(language) == null ? "" : s.chair(language));
            cells.add(s.articles().isEmpty() ? "" : m.format("review.meeting.runSheet.articleList", ArticleCitations.ranges(s.articles())));
            if (delegations) {
                cells.add(closed ? "" : String.join(zh ? "、" : ", ", s.delegations().stream().map(d -> d.agency().label(language)).toList()));
            }
            table.append("| ").append(String.join(" | ", cells.stream().map(RunSheet::cell).toList())).append(" |\n");
        }
        blocks.add(new DocContent.MarkdownText(table.toString(), 2, null));
        String titleText = m.format("review.meeting.runSheet.title", cycle.title(language));
        DocumentSettings settings = publisher.get();
        LocalDate first = sessions.stream().map(MeetingSession::date).min(java.util.Comparator.naturalOrder()).orElse(LocalDate.now(clock));
        var cover = new DocContent.Cover(titleText, m.get("review.meeting.runSheet.subtitle"), settings.organisation(language),
                DateFormats.officialDate(first, language));
        return new DocContent(language, Audience.PUBLIC, titleText, Optional.of(cover), false, titleText, blocks,
                Map.of("uncac.kind", "run-sheet", "uncac.language", language.shortCode()), settings);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
