package org.uncacworkbench.storage;

import java.util.function.Supplier;

/**
 * Lets a service run its work in one database transaction without knowing the database API:
 * repositories called inside {@link #inTransaction} join it.
 */
public interface Transactor {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
