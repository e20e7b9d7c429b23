package org.uncacworkbench.storage;

import static org.uncacworkbench.storage.jooq.Tables.AGENCY;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Saves agencies one transaction at a time, printing "ACK n" only after each commit returns, as the
 * program reports a save as done. Runs until its parent kills it.
 */
public final class DurabilityChild {

    private DurabilityChild() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            new Migrations(db, new BackupService(db, Clock.systemUTC()), Clock.systemUTC()).migrate();
            System.out.println("READY");
            System.out.flush();
            for (int n = 1; ; n++) {
                int i = n;
                db.run(() -> db.dsl().insertInto(AGENCY)
                        .set(AGENCY.CODE, "K" + i).set(AGENCY.NAME_ZH, "機關" + i).set(AGENCY.NAME_EN, "Agency " + i)
                        .execute());
                System.out.println("ACK " + n);
                System.out.flush();
            }
        }
    }
}
