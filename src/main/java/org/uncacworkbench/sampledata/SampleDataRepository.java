package org.uncacworkbench.sampledata;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.uncacworkbench.storage.Database;
import org.uncacworkbench.storage.jooq.DefaultSchema;

/**
 * Writes demo rows into any table by column name. The loader validates every value first; this
 * class only translates names to the generated schema and reports refusals.
 */
public final class SampleDataRepository {

    private final Database database;

    public SampleDataRepository(Database database) {
        this.database = database;
    }

    /** Inserts a row and returns its generated id. */
    long insert(String table, Cols values) {
        Table<?> t = table(table);
        Field<Long> id = t.field("ID", Long.class);
        try {
            Record r = database.dsl().insertInto(t).set(given(t, values)).returning(id).fetchOne();
            return r.get(id);
        } catch (DataAccessException e) {
            throw rejected(e);
        }
    }

    /** Inserts a row of a table without a generated id (links, reference data). */
    void insertPlain(String table, Cols values) {
        Table<?> t = table(table);
        try {
            database.dsl().insertInto(t).set(given(t, values)).execute();
        } catch (DataAccessException e) {
            throw rejected(e);
        }
    }

    void update(String table, long id, Cols values) {
        Table<?> t = table(table);
        try {
            database.dsl().update(t).set(fields(t, values)).where(t.field("ID", Long.class).eq(id)).execute();
        } catch (DataAccessException e) {
            throw rejected(e);
        }
    }

    /** The id of the row whose {@code column} holds {@code value}. */
    Optional<Long> idWhere(String table, String column, Object value) {
        Table<?> t = table(table);
        return database.dsl().select(t.field("ID", Long.class)).from(t)
                .where(field(t, column).eq(value)).fetchOptional(0, Long.class);
    }

    boolean exists(String table, Cols where) {
        Table<?> t = table(table);
        var condition = org.jooq.impl.DSL.noCondition();
        for (var e : where.entrySet()) {
            condition = condition.and(field(t, e.getKey()).eq(e.getValue()));
        }
        return database.dsl().fetchExists(t, condition);
    }

    /** The driver's own words (e.g. which constraint), without jOOQ's echo of the SQL. */
    private static RejectedRowException rejected(DataAccessException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int sql = message.indexOf("; SQL statement:");
        return new RejectedRowException(sql > 0 ? message.substring(0, sql) : message, e);
    }

    private static Table<?> table(String name) {
        Table<?> t = DefaultSchema.DEFAULT_SCHEMA.getTable(name.toUpperCase(Locale.ROOT));
        if (t == null) {
            throw new IllegalArgumentException("No table " + name);
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> field(Table<?> t, String column) {
        Field<?> f = t.field(column.toUpperCase(Locale.ROOT));
        if (f == null) {
            throw new IllegalArgumentException("No column " + column + " in " + t.getName());
        }
        return (Field<Object>) f;
    }

    /**
     * The columns a new row is given: an empty one is left out and takes the table's default, so a
     * folder without a newer optional column loads as before.
     */
    private static Map<Field<?>, Object> given(Table<?> t, Cols values) {
        Map<Field<?>, Object> out = fields(t, values);
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }

    private static Map<Field<?>, Object> fields(Table<?> t, Cols values) {
        Map<Field<?>, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(field(t, k), v));
        return out;
    }
}
