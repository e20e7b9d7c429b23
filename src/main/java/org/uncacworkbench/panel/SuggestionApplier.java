package org.uncacworkbench.panel;

import java.util.Optional;

/**
 * Applies a member's suggested change, made on a paragraph as Word showed it, to the section's
 * Markdown: the whole paragraph when its text stands in the source as is, otherwise only the
 * changed stretch with a little text either side to place it. If neither is found exactly once,
 * it is not guessed: the secretariat applies it by hand.
 */
final class SuggestionApplier {

    private static final int CONTEXT = 12;

    private SuggestionApplier() {
    }

    static Optional<String> apply(String markdown, String before, String after) {
        if (!before.isEmpty() && once(markdown, before)) {
            return Optional.of(markdown.replace(before, after));
        }
        TextEdit edit = TextEdit.between(before, after);
        String deleted = edit.deleted();
        String inserted = edit.inserted();
        // the source may carry formatting marks near the change: narrow the context until it is found exactly once
        for (int k = CONTEXT; k >= 1; k--) {
            String left = edit.left(k);
            String right = edit.right(k);
            for (String[] lr : new String[][] {{left, right}, {left, ""}, {"", right}}) {
                String needle = lr[0] + deleted + lr[1];
                if (needle.length() >= 2 && (!lr[0].isEmpty() || !lr[1].isEmpty()) && once(markdown, needle)) {
                    int at = markdown.indexOf(needle);
                    return Optional.of(markdown.substring(0, at) + lr[0] + inserted + lr[1] + markdown.substring(at + needle.length()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean once(String text, String part) {
        int first = text.indexOf(part);
        return first >= 0 && text.indexOf(part, first + 1) < 0;
    }
}
