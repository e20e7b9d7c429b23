package org.uncacworkbench.panel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.agency.AgencyService;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.export.Audience;
import org.uncacworkbench.export.DocContent;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.export.DocxFiles;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;
import org.uncacworkbench.user.UserRepository;

/**
 * A session's minutes: drafted from the record, edited by the secretariat (the edit is kept per
 * language), and exported as .docx.
 */
public final class MinutesService {

    /** The text to show and export; {@code edited} when the secretariat changed the generated draft. */
    public record Draft(int sessionNo, String title, String markdown, boolean edited) {
    }

    private final Transactor transactor;
    private final PanelService panel;
    private final SessionRecordService records;
    private final SessionRecordRepository repository;
    private final CycleService cycles;
    private final AgencyService agencies;
    private final UserRepository users;
    private final AuditLog auditLog;

    public MinutesService(Transactor transactor, PanelService panel, SessionRecordService records, SessionRecordRepository repository,
                          CycleService cycles, AgencyService agencies, UserRepository users, AuditLog auditLog) {
        this.transactor = transactor;
        this.panel = panel;
        this.records = records;
        this.repository = repository;
        this.cycles = cycles;
        this.agencies = agencies;
        this.users = users;
        this.auditLog = auditLog;
    }

    /** The edited minutes if there are any, otherwise a fresh draft from the session's record. */
    public Draft draft(long sessionId, Language language) {
        return transactor.inTransaction(() -> {
            MinutesWriter.Record record = record(sessionId);
            String title = MinutesWriter.title(record.cycle(), record.session().number(), language);
            Optional<String> saved = repository.minutes(sessionId, language.shortCode());
            return new Draft(record.session().number(), title, saved.orElseGet(() -> MinutesWriter.write(record, language)), saved.isPresent());
        });
    }

    /** Keeps the secretariat's edit of the minutes. */
    public void save(long sessionId, Language language, String markdown, String username) {
        if (markdown == null || markdown.isBlank()) {
            throw new WorkbenchException(UserMessage.of("minutes.empty"));
        }
        transactor.run(() -> {
            PanelSession s = panel.session(sessionId);
            repository.saveMinutes(sessionId, language.shortCode(), markdown.replace("\r\n", "\n"), users.ensure(username));
            auditLog.record(username, "update", "session_minutes", String.valueOf(s.number()), s.cycleId(),
                    "Minutes of session " + s.number() + " (" + language.shortCode() + ") edited");
        });
    }

    /** Drops the edit, so the minutes are drafted again from the record. */
    public void regenerate(long sessionId, Language language, String username) {
        transactor.run(() -> {
            PanelSession s = panel.session(sessionId);
            repository.saveMinutes(sessionId, language.shortCode(), null, null);
            auditLog.record(username, "delete", "session_minutes", String.valueOf(s.number()), s.cycleId(),
                    "Minutes of session " + s.number() + " (" + language.shortCode() + ") drafted again from the record");
        });
    }

    public DocContent content(long sessionId, Language language) {
        Draft draft = draft(sessionId, language);
        return new DocContent(language, Audience.PUBLIC, draft.title(), Optional.empty(), false, draft.title(),
                List.of(new DocContent.Title(draft.title()), new DocContent.MarkdownText(draft.markdown(), 0)),
                Map.of("uncac.kind", "minutes", "uncac.session", String.valueOf(draft.sessionNo()),
                        "uncac.language", language.shortCode()));
    }

    /** Writes the minutes as .docx; the file appears only when complete. */
    public Path export(long sessionId, Language language, Path target, DocxEngine.Progress progress) {
        return DocxFiles.write(content(sessionId, language), null, target, progress);
    }

    MinutesWriter.Record record(long sessionId) {
        PanelSession s = panel.session(sessionId);
        Cycle cycle = cycles.cycle(s.cycleId()).orElseThrow();
        List<Ruling> all = records.rulings(s.cycleId());
        Map<Long, Integer> numbers = panel.sessions(s.cycleId()).stream().collect(Collectors.toMap(PanelSession::id, PanelSession::number));
        // as they stood at this session: not yet released before it (still tracked, or released here or later)
        List<Ruling> earlier = all.stream().filter(r -> r.sessionNo() < s.number() && (r.tracked()
                || (r.releasedSessionId() != null && numbers.getOrDefault(r.releasedSessionId(), 0) >= s.number()))).toList();
        Map<Long, List<ActionItem>> actions = earlier.stream()
                .collect(Collectors.toMap(Ruling::id, r -> records.actionsOfRuling(r.id())));
        Map<String, Agency> byCode = agencies.agencies().stream().collect(Collectors.toMap(Agency::code, a -> a));
        return new MinutesWriter.Record(cycle, s, panel.members(s.cycleId()), records.attendance(sessionId), byCode, all.stream().filter(r -> r.sessionId() == sessionId).toList(), earlier, actions, records.comments(sessionId));
    }
}
