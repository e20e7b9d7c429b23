package org.uncacworkbench.panel;

import java.util.Locale;

/** The database stores enum values as lower-case codes ({@code article_review}). */
final class Codes {

    private Codes() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
