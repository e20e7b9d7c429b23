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

    /**
     * The text to show and export; {@code edited} when the secretariat changed the generated draft;
     * {@code missing}: what an English text lacks (the record's texts without English, or paragraphs
     * of edited minutes still in Chinese), listed before an English export.
     */
    public record Draft(int sessionNo, String title, String markdown, boolean edited, List<MissingEnglish> missing) {

        public Draft {
            missing = List.copyOf(missing);
        }
    }

    /** The longest English each kind of text may have, as the database keeps it. */
    private static final Map<MissingEnglish.Kind, Integer> MAX_LENGTH = Map.of(
            MissingEnglish.Kind.MEMBER_NAME, 200, MissingEnglish.Kind.VENUE, 300, MissingEnglish.Kind.GOVERNMENT_CHAIR, 200,
            MissingEnglish.Kind.GUEST_NAME, 200, MissingEnglish.Kind.RECORDER, 200, MissingEnglish.Kind.ITEM_TITLE, 500,
            MissingEnglish.Kind.ACTION, 2000);

    private final Transactor transactor;
    private final PanelService panel;
    private final SessionRecordService records;
    private final SessionRecordRepository repository;
    private final CycleService cycles;
    private final AgencyService agencies;
    private final UserRepository users;
    private final AuditLog auditLog;
    private final java.util.function.Supplier<org.uncacworkbench.export.DocumentSettings> publisher;

    public MinutesService(Transactor transactor, PanelService panel, SessionRecordService records, SessionRecordRepository repository,
                          CycleService cycles, AgencyService agencies, UserRepository users, AuditLog auditLog,
                          java.util.function.Supplier<org.uncacworkbench.export.DocumentSettings> publisher) {
        this.publisher = publisher;
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
            if (saved.isPresent()) {
                return new Draft(record.session().number(), title, saved.get(), true, language.isChinese() ? List.of() : chineseParagraphs(saved.get()));
            }
            MinutesWriter.Written written = MinutesWriter.draft(record, language);
            return new Draft(record.session().number(), title, written.markdown(), false, written.missing());
        });
    }

    /** The paragraphs of edited English minutes that hold Chinese, each as one missing text. */
    static List<MissingEnglish> chineseParagraphs(String markdown) {
        List<MissingEnglish> found = new java.util.ArrayList<>();
        String[] paragraphs = markdown.split("\\n\\s*\\n");
        for (int i = 0; i < paragraphs.length; i++) {
            String p = paragraphs[i].strip();
            if (org.uncacworkbench.i18n.Scripts.hasCjk(p)) {
                found.add(new MissingEnglish(MissingEnglish.Kind.EDITED_TEXT, i + 1, null, p));
            }
        }
        return found;
    }

    /**
     * Puts the English the user typed for texts the record had only in Chinese where the record keeps
     * them, all or nothing; blank answers are skipped. A drafted English minutes then reads them.
     */
    public int fillEnglish(long sessionId, Map<MissingEnglish, String> english, String username) {
        Map<MissingEnglish, String> given = new java.util.LinkedHashMap<>();
        english.forEach((what, text) -> {
            if (text != null && !text.isBlank() && what.kind().fillable()) {
                String value = text.strip();
                if (org.uncacworkbench.i18n.Scripts.hasCjk(value)) {
                    throw new WorkbenchException(UserMessage.of("minutes.english.notEnglish", what.chineseShort(40)));
                }
                int max = MAX_LENGTH.getOrDefault(what.kind(), 1_000_000);
                if (value.length() > max) {
                    throw new WorkbenchException(UserMessage.of("minutes.english.tooLong", what.chineseShort(40), max));
                }
                given.put(what, value);
            }
        });
        if (given.isEmpty()) {
            return 0;
        }
        transactor.run(() -> {
            PanelSession s = panel.session(sessionId);
            given.forEach((what, text) -> {
                if (!repository.setEnglish(what.kind(), what.id(), text)) {
                    throw new WorkbenchException(UserMessage.of("minutes.english.gone", what.chineseShort(40)));
                }
            });
            auditLog.record(username, "update", "session_minutes", String.valueOf(s.number()), s.cycleId(),
                    "English given for " + given.size() + " text(s) of session " + s.number());
        });
        return given.size();
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
                        "uncac.language", language.shortCode()), publisher.get());
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
