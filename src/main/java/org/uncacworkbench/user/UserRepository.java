package org.uncacworkbench.user;

import static org.uncacworkbench.storage.jooq.Tables.APP_USER;

import org.uncacworkbench.storage.Database;

/** Finds the person behind a login name, adding a row the first time someone works. */
public final class UserRepository {

    private final Database database;

    public UserRepository(Database database) {
        this.database = database;
    }

    /** The id of {@code username}, created (display name = user name) if it is not there yet. */
    public long ensure(String username) {
        var dsl = database.dsl();
        Long id = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne(APP_USER.ID);
        if (id != null) {
            return id;
        }
        return dsl.insertInto(APP_USER).set(APP_USER.USERNAME, username).set(APP_USER.DISPLAY_NAME, username)
                .returning(APP_USER.ID).fetchOne().getId();
    }
}
