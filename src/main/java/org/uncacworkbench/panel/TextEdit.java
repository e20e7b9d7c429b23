package org.uncacworkbench.panel;

/**
 * Where two versions of a paragraph differ: they share {@code prefix} characters at the start and
 * {@code suffix} at the end; between them one was deleted and the other inserted.
 */
public record TextEdit(String before, String after, int prefix, int suffix) {

    public static TextEdit between(String before, String after) {
        int max = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextEdit(before, after, prefix, suffix);
    }

    public String deleted() {
        return before.substring(prefix, before.length() - suffix);
    }

    public String inserted() {
        return after.substring(prefix, after.length() - suffix);
    }

    /** Up to {@code n} unchanged characters just before the change. */
    public String left(int n) {
        return before.substring(Math.max(0, prefix - n), prefix);
    }

    /** Up to {@code n} unchanged characters just after the change. */
    public String right(int n) {
        return before.substring(before.length() - suffix, Math.min(before.length(), before.length() - suffix + n));
    }
}
