package org.uncacworkbench.cycle;

/**
 * What a new cycle starts with beyond its own record — the report's sections — made by the feature
 * that owns it, inside the transaction that creates the cycle, so that the cycle module needs to know
 * nothing of the features above it.
 */
@FunctionalInterface
public interface NewCycleContent {

    /** Makes the content of cycle {@code cycleId} as decided in cycle {@code like} (null: none yet); returns how many items. */
    int create(long cycleId, Long like);
}
