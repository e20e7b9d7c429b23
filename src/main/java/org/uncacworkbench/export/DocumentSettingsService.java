package org.uncacworkbench.export;

import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;

/** Reads and changes the {@link DocumentSettings} every document is written with. */
public final class DocumentSettingsService {

    private final Transactor transactor;
    private final DocumentSettingsRepository repository;
    private final AuditLog auditLog;

    public DocumentSettingsService(Transactor transactor, DocumentSettingsRepository repository, AuditLog auditLog) {
        this.transactor = transactor;
        this.repository = repository;
        this.auditLog = auditLog;
    }

    public DocumentSettings current() {
        return transactor.inTransaction(() -> repository.read().orElse(DocumentSettings.DEFAULT));
    }

    /** Keeps new settings; both names are required, in their language's length. */
    public DocumentSettings save(DocumentSettings settings, String username) {
        String zh = settings.organisationZh() == null ? "" : settings.organisationZh().strip();
        String en = settings.organisationEn() == null ? "" : settings.organisationEn().strip();
        if (zh.isEmpty() || en.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("documentSettings.organisationRequired"));
        }
        if (zh.length() > DocumentSettings.MAX_ORGANISATION || en.length() > DocumentSettings.MAX_ORGANISATION) {
            throw new WorkbenchException(UserMessage.of("documentSettings.organisationTooLong", DocumentSettings.MAX_ORGANISATION));
        }
        DocumentSettings clean = new DocumentSettings(zh, en, settings.governmentHierarchy());
        transactor.run(() -> {
            repository.write(clean);
            auditLog.record(username, "update", "document_settings", "1", null,
                    "Documents' publisher: " + zh + " / " + en + "; government list hierarchy " + (clean.governmentHierarchy() ? "on" : "off"));
        });
        return clean;
    }
}
