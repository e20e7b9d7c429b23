package org.uncacworkbench.drafting;

import org.uncacworkbench.markdown.DocxToMarkdown;

import java.util.List;
import java.util.Optional;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;
import org.uncacworkbench.user.UserRepository;

/**
 * Saving section text: every save that changes something keeps a revision; nothing is rewritten.
 * A save names the revision it builds on, so a save over someone else's newer text is refused
 * rather than silently overwriting it.
 */
public final class RevisionService {

    public static final int MAX_LENGTH = 1_000_000;

    /** What a save did. */
    public record SaveResult(boolean saved, Revision revision) {
    }

    private final Transactor transactor;
    private final SectionRepository sections;
    private final RevisionRepository revisions;
    private final UserRepository users;
    private final RecoveryRepository recovery;
    private final AuditLog auditLog;

    public RevisionService(Transactor transactor, SectionRepository sections, RevisionRepository revisions,
                           UserRepository users, RecoveryRepository recovery, AuditLog auditLog) {
        this.transactor = transactor;
        this.sections = sections;
        this.revisions = revisions;
        this.users = users;
        this.recovery = recovery;
        this.auditLog = auditLog;
    }

    public SaveResult save(long sectionId, Language language, String text, int baseRevision, String username) {
        return save(sectionId, language, text, baseRevision, username, Revision.EDIT, null, null);
    }

    SaveResult save(long sectionId, Language language, String text, int baseRevision, String username,
                    String source, String note, Long restoredFrom) {
        String body = text.replace("\r\n", "\n");
        if (body.length() > MAX_LENGTH) {
            throw new WorkbenchException(UserMessage.of("drafting.tooLong", body.length(), MAX_LENGTH));
        }
        return transactor.inTransaction(() -> {
            Section section = sections.section(sectionId)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("drafting.noSuchSection", sectionId)));
            if (section.isFinal()) {
                throw new WorkbenchException(UserMessage.of("drafting.finalReadOnly", section.key()));
            }
            Optional<Revision> current = revisions.current(sectionId, language);
            long userId = users.ensure(username);
            if (current.isPresent() && current.get().body().equals(body)) {
                recovery.discard(sectionId, language, username);
                return new SaveResult(false, current.get());
            }
            int currentNo = current.map(Revision::number).orElse(0);
            if (currentNo != baseRevision) {
                throw savedMeanwhile(current.orElseThrow());
            }
            long id = revisions.append(sectionId, language, currentNo + 1, body, source, userId, note, restoredFrom)
                    .orElseThrow(() -> savedMeanwhile(revisions.current(sectionId, language).orElseThrow()));
            if (section.status() == SectionStatus.NOT_STARTED) {
                sections.changeStatus(sectionId, section.version(), SectionStatus.NOT_STARTED, SectionStatus.DRAFTING, null, userId);
            }
            recovery.discard(sectionId, language, username);
            auditLog.record(username, source.equals(Revision.EDIT) ? "update" : source.equals(Revision.RESTORE) ? "update" : "import",
                    "report_section", section.key(), section.cycleId(),
                    "Saved " + section.key() + " (" + language.shortCode() + ") revision " + (currentNo + 1));
            return new SaveResult(true, revisions.byId(id).orElseThrow());
        });
    }

    private static WorkbenchException savedMeanwhile(Revision newer) {
        return new WorkbenchException(UserMessage.of("drafting.savedMeanwhile", newer.number(),
                newer.author() == null ? "?" : newer.author()));
    }

    /**
     * Sets a section's text from a file, as a new revision: Markdown (.md, UTF-8) as it is, Word
     * (.docx) converted to Markdown. Same rules as typing: a final section refuses it.
     */
    public SaveResult importFile(long sectionId, Language language, java.nio.file.Path file, String username) {
        String text = readForImport(file);
        return transactor.inTransaction(() -> {
            int base = revisions.current(sectionId, language).map(Revision::number).orElse(0);
            return save(sectionId, language, text, base, username, Revision.IMPORT, "imported from " + file.getFileName(), null);
        });
    }

    /** The Markdown a file holds or converts to; refuses other kinds of file with a message. */
    public static String readForImport(java.nio.file.Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".docx")) {
            return DocxToMarkdown.convert(file);
        }
        if (!(name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"))) {
            throw new WorkbenchException(UserMessage.of("import.unsupportedType", file.toString()));
        }
        try {
            if (java.nio.file.Files.size(file) > 4L * MAX_LENGTH) {
                throw new WorkbenchException(UserMessage.of("import.tooLarge", file.toString(), 4L * MAX_LENGTH / (1024 * 1024)));
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new WorkbenchException(UserMessage.of("import.notUtf8", file.toString()), e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new WorkbenchException(UserMessage.of("import.notFound", file.toString()), e);
        } catch (java.io.IOException e) {
            throw new WorkbenchException(UserMessage.of("import.corrupt", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** Saves text that comes from elsewhere (a merge, an import) over whatever is current, as a new revision. */
    public SaveResult saveFrom(long sectionId, Language language, String text, String username, String source, String note) {
        return transactor.inTransaction(() -> {
            int base = revisions.current(sectionId, language).map(Revision::number).orElse(0);
            return save(sectionId, language, text, base, username, source, note, null);
        });
    }

    /** Newest first. */
    public List<Revision> history(long sectionId, Language language) {
        return revisions.history(sectionId, language);
    }

    public Optional<Revision> revision(long id) {
        return revisions.byId(id);
    }

    /** Makes an old revision's text current again, as a new revision; the old one stays as it was. */
    public SaveResult restore(long revisionId, String username) {
        return transactor.inTransaction(() -> {
            Revision old = revisions.byId(revisionId)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("drafting.noSuchRevision", revisionId)));
            int base = revisions.current(old.sectionId(), old.language()).map(Revision::number).orElse(0);
            return save(old.sectionId(), old.language(), old.body(), base, username, Revision.RESTORE,
                    "restored from revision " + old.number(), old.id());
        });
    }

    /** Two revisions side by side, older on the left. */
    public List<TextDiff.Row> compare(long olderId, long newerId) {
        Revision a = revisions.byId(olderId).orElseThrow(() -> new WorkbenchException(UserMessage.of("drafting.noSuchRevision", olderId)));
        Revision b = revisions.byId(newerId).orElseThrow(() -> new WorkbenchException(UserMessage.of("drafting.noSuchRevision", newerId)));
        if (a.number() > b.number()) {
            Revision t = a;
            a = b;
            b = t;
        }
        return TextDiff.sideBySide(a.body(), b.body(), a.language());
    }
}
