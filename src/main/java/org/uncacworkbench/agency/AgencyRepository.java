package org.uncacworkbench.agency;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;
import static org.uncacworkbench.storage.jooq.Tables.CONTACT;

import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.uncacworkbench.storage.Database;

/** Reads and writes agencies and their contacts. */
public final class AgencyRepository {

    private final Database database;

    public AgencyRepository(Database database) {
        this.database = database;
    }

    List<Agency> all() {
        var parent = AGENCY.as("parent");
        return database.dsl().select(AGENCY.fields()).select(parent.CODE)
                .from(AGENCY).leftJoin(parent).on(parent.ID.eq(AGENCY.PARENT_ID))
                .orderBy(AGENCY.CODE)
                .fetch(r -> toAgency(r, r.get(parent.CODE)));
    }

    Optional<Long> idOfCode(String code) {
        return database.dsl().select(AGENCY.ID).from(AGENCY).where(AGENCY.CODE.eq(code)).fetchOptional(AGENCY.ID);
    }

    long insert(String code, String nameZh, String nameEn, String shortZh, Long parentId) {
        return database.dsl().insertInto(AGENCY).set(AGENCY.CODE, code).set(AGENCY.NAME_ZH, nameZh).set(AGENCY.NAME_EN, nameEn)
                .set(AGENCY.SHORT_ZH, shortZh).set(AGENCY.PARENT_ID, parentId).returning(AGENCY.ID).fetchOne().getId();
    }

    boolean update(long id, int version, String code, String nameZh, String nameEn, String shortZh, Long parentId, boolean active) {
        return database.dsl().update(AGENCY).set(AGENCY.CODE, code).set(AGENCY.NAME_ZH, nameZh).set(AGENCY.NAME_EN, nameEn)
                .set(AGENCY.SHORT_ZH, shortZh).set(AGENCY.PARENT_ID, parentId).set(AGENCY.ACTIVE, active)
                .set(AGENCY.VERSION, version + 1)
                .where(AGENCY.ID.eq(id)).and(AGENCY.VERSION.eq(version)).execute() == 1;
    }

    List<Contact> contacts(long agencyId) {
        return database.dsl().selectFrom(CONTACT).where(CONTACT.AGENCY_ID.eq(agencyId)).orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.NAME)
                .fetch(r -> new Contact(r.getId(), r.getAgencyId(), r.getName(), r.getJobTitle(), r.getEmail(), r.getPhone(), r.getIsPrimary()));
    }

    long insertContact(long agencyId, String name, String jobTitle, String email, String phone, boolean primary) {
        return database.dsl().insertInto(CONTACT).set(CONTACT.AGENCY_ID, agencyId).set(CONTACT.NAME, name).set(CONTACT.JOB_TITLE, jobTitle)
                .set(CONTACT.EMAIL, email).set(CONTACT.PHONE, phone).set(CONTACT.IS_PRIMARY, primary)
                .returning(CONTACT.ID).fetchOne().getId();
    }

    boolean updateContact(long contactId, String name, String jobTitle, String email, String phone) {
        return database.dsl().update(CONTACT).set(CONTACT.NAME, name).set(CONTACT.JOB_TITLE, jobTitle).set(CONTACT.EMAIL, email)
                .set(CONTACT.PHONE, phone).where(CONTACT.ID.eq(contactId)).execute() == 1;
    }

    boolean deleteContact(long contactId) {
        return database.dsl().deleteFrom(CONTACT).where(CONTACT.ID.eq(contactId)).execute() == 1;
    }

    private static Agency toAgency(Record r, String parentCode) {
        return new Agency(r.get(AGENCY.ID), r.get(AGENCY.CODE), r.get(AGENCY.NAME_ZH), r.get(AGENCY.NAME_EN), r.get(AGENCY.SHORT_ZH),
                parentCode, r.get(AGENCY.ACTIVE), r.get(AGENCY.VERSION));
    }
}
