package org.uncacworkbench.sampledata;

import java.util.LinkedHashMap;

/** Column name → value for one row to insert; unlike Map.of it takes nulls. */
final class Cols extends LinkedHashMap<String, Object> {

    Cols set(String column, Object value) {
        put(column, value);
        return this;
    }
}
