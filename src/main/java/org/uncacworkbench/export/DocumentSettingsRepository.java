package org.uncacworkbench.export;

import static org.uncacworkbench.storage.jooq.Tables.DOCUMENT_SETTINGS;

import java.util.Optional;
import org.uncacworkbench.storage.Database;

/** The one row of document settings. */
public final class DocumentSettingsRepository {

    private final Database database;

    public DocumentSettingsRepository(Database database) {
        this.database = database;
    }

    Optional<DocumentSettings> read() {
        return database.dsl().selectFrom(DOCUMENT_SETTINGS).where(DOCUMENT_SETTINGS.ID.eq(1))
                .fetchOptional(r -> new DocumentSettings(r.getOrganisationZh(), r.getOrganisationEn(), r.getGovernmentHierarchy()));
    }

    void write(DocumentSettings s) {
        var dsl = database.dsl();
        dsl.mergeInto(DOCUMENT_SETTINGS).using(dsl.selectOne()).on(DOCUMENT_SETTINGS.ID.eq(1))
                .whenMatchedThenUpdate().set(DOCUMENT_SETTINGS.ORGANISATION_ZH, s.organisationZh())
                .set(DOCUMENT_SETTINGS.ORGANISATION_EN, s.organisationEn())
                .set(DOCUMENT_SETTINGS.GOVERNMENT_HIERARCHY, s.governmentHierarchy())
                .set(DOCUMENT_SETTINGS.VERSION, DOCUMENT_SETTINGS.VERSION.plus(1))
                .whenNotMatchedThenInsert(DOCUMENT_SETTINGS.ID, DOCUMENT_SETTINGS.ORGANISATION_ZH, DOCUMENT_SETTINGS.ORGANISATION_EN,
                        DOCUMENT_SETTINGS.GOVERNMENT_HIERARCHY)
                .values(1, s.organisationZh(), s.organisationEn(), s.governmentHierarchy()).execute();
    }
}
