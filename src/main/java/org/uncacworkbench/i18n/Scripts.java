package org.uncacworkbench.i18n;

/** Which script a text is in, as far as the two editions care: Chinese or not. */
public final class Scripts {

    private Scripts() {
    }

    /** Han characters, Bopomofo, CJK punctuation and full-width forms: text that takes the East Asian font. */
    public static boolean isCjk(int c) {
        if (c < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.BOPOMOFO
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    public static boolean hasCjk(String text) {
        return text != null && text.codePoints().anyMatch(Scripts::isCjk);
    }
}
