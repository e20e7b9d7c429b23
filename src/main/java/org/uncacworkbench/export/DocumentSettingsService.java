package org.uncacworkbench.export;

import static org.uncacworkbench.storage.jooq.Tables.DOCUMENT_SETTINGS;

import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Database;

/** Reads and changes the {@link DocumentSettings} every document is written with. */
public final class DocumentSettingsService {

    private final Database database;
    private final AuditLog auditLog;

    public DocumentSettingsService(Database database, AuditLog auditLog) {
        this.database = database;
        this.auditLog = auditLog;
    }

    public DocumentSettings current() {
        return database.inTransaction(() -> database.dsl().selectFrom(DOCUMENT_SETTINGS).where(DOCUMENT_SETTINGS.ID.eq(1))
                .fetchOptional(r -> new DocumentSettings(r.getOrganisationZh(), r.getOrganisationEn(), r.getGovernmentHierarchy()))
                .orElse(DocumentSettings.DEFAULT));
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
        database.run(() -> {
            database.dsl().mergeInto(DOCUMENT_SETTINGS).using(database.dsl().selectOne()).on(DOCUMENT_SETTINGS.ID.eq(1))
                    .whenMatchedThenUpdate().set(DOCUMENT_SETTINGS.ORGANISATION_ZH, zh).set(DOCUMENT_SETTINGS.ORGANISATION_EN, en)
                    .set(DOCUMENT_SETTINGS.GOVERNMENT_HIERARCHY, clean.governmentHierarchy())
                    .set(DOCUMENT_SETTINGS.VERSION, DOCUMENT_SETTINGS.VERSION.plus(1))
                    .whenNotMatchedThenInsert(DOCUMENT_SETTINGS.ID, DOCUMENT_SETTINGS.ORGANISATION_ZH, DOCUMENT_SETTINGS.ORGANISATION_EN,
                            DOCUMENT_SETTINGS.GOVERNMENT_HIERARCHY)
                    .values(1, zh, en, clean.governmentHierarchy()).execute();
            auditLog.record(username, "update", "document_settings", "1", null,
                    "Documents' publisher: " + zh + " / " + en + "; government list hierarchy " + (clean.governmentHierarchy() ? "on" : "off"));
        });
        return clean;
    }
}
