package org.uncacworkbench.i18n;

import java.util.List;

/**
 * A message for a person, kept as a bundle key and arguments so that services stay
 * language-neutral and each window or command renders it in its user's language.
 */
public record UserMessage(String key, List<Object> args) {

    public UserMessage {
        args = List.copyOf(args);
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, List.of(args));
    }
}
