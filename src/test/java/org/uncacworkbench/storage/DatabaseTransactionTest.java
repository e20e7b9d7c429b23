package org.uncacworkbench.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;

/**
 * A transaction commits everything its work wrote or nothing, whether the work wrote through jOOQ or
 * read in plain SQL ({@link Database#query}), and a plain read inside it sees what it wrote.
 */
class DatabaseTransactionTest {

    @TempDir
    Path dir;
    App app;
    Database database;
    AuditLog log;

    @BeforeEach
    void open() {
        app = TestWorkbench.empty(dir.resolve("data"));
        database = app.database();
        log = new AuditLog(database);
    }

    @AfterEach
    void close() {
        app.close();
    }

    long entriesReadPlainly() {
        return database.query("SELECT COUNT(*) FROM audit_log", r -> r.getLong(1)).getFirst();
    }

    void write(String summary) {
        log.record("tester", "update", "cycle", "1", null, summary);
    }

    @Test
    void whatTheWorkWroteIsCommittedWhenItReturns() {
        long before = entriesReadPlainly();

        String result = database.inTransaction(() -> {
            write("one");
            write("two");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(entriesReadPlainly()).isEqualTo(before + 2);
        assertThat(log.count()).as("jOOQ reads the same").isEqualTo((int) before + 2);
    }

    @Test
    void nothingTheWorkWroteIsKeptWhenItFails() {
        long before = entriesReadPlainly();

        assertThatThrownBy(() -> database.run(() -> {
            write("one");
            assertThat(entriesReadPlainly()).as("a plain read inside sees the transaction's own write").isEqualTo(before + 1);
            throw new IllegalStateException("the user's input was wrong");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the user's input was wrong");

        assertThat(entriesReadPlainly()).isEqualTo(before);
    }

    @Test
    void anInnerTransactionJoinsTheOuterOneAndItsFailureUndoesBoth() {
        long before = entriesReadPlainly();

        assertThatThrownBy(() -> database.run(() -> {
            write("outer");
            database.run(() -> write("inner"));
            throw new IllegalStateException("later step failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(entriesReadPlainly()).as("the inner work was part of the outer transaction").isEqualTo(before);
    }

    @Test
    void anotherConnectionDoesNotSeeWritesBeforeTheCommit() throws Exception {
        long before = entriesReadPlainly();
        long[] seenFromOutside = new long[1];

        database.run(() -> {
            write("pending");
            Thread other = Thread.ofPlatform().start(() -> seenFromOutside[0] = entriesReadPlainly());
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(seenFromOutside[0]).isEqualTo(before);
        assertThat(entriesReadPlainly()).isEqualTo(before + 1);
    }

    @Test
    void aFailedPlainQueryNamesItsStatementAndLeavesTheTransactionToRollBack() {
        long before = entriesReadPlainly();

        assertThatThrownBy(() -> database.run(() -> {
            write("one");
            database.query("SELECT no_such_column FROM audit_log", r -> r.getString(1));
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("SELECT no_such_column FROM audit_log");

        assertThat(entriesReadPlainly()).isEqualTo(before);
    }
}
