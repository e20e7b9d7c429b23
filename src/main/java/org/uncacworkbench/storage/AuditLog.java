package org.uncacworkbench.storage;

import static org.uncacworkbench.storage.jooq.Tables.AUDIT_LOG;

/** Appends to the audit log: who did what to which record, in the caller's transaction. */
public final class AuditLog {

    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    public void record(String username, String action, String entityType, String entityId, Long cycleId, String summary) {
        database.dsl().insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.USERNAME, username)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.CYCLE_ID, cycleId)
                .set(AUDIT_LOG.SUMMARY, summary.length() > 2000 ? summary.substring(0, 2000) : summary)
                .execute();
    }

    public int count() {
        return database.dsl().fetchCount(AUDIT_LOG);
    }
}
