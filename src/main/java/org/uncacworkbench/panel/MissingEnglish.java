package org.uncacworkbench.panel;

/**
 * A text of a session's record that the English minutes need and the database has only in Chinese:
 * what kind of text, the row it belongs to ({@code id}), the agenda item it is on (or null) and its
 * Chinese. Filling it in ({@link MinutesService#fillEnglish}) puts the English where the record keeps it.
 */
public record MissingEnglish(Kind kind, long id, Integer itemNo, String chinese) {

    /** What the text is, in {@code messages}' language: "Comment on item 2", "Recorder", "Paragraph 3 of the edited minutes". */
    public String describe(org.uncacworkbench.i18n.Messages messages) {
        String key = "minutes.missing." + kind.code();
        return itemNo != null ? messages.format(key + ".item", itemNo)
                : kind == Kind.EDITED_TEXT ? messages.format(key, id) : messages.get(key);
    }

    /** The Chinese on one line, cut to {@code max} characters. */
    public String chineseShort(int max) {
        String line = chinese.replace('\n', ' ');
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    /** Where the English is kept; {@link #EDITED_TEXT} is a paragraph of hand-edited minutes, mended in the editor. */
    public enum Kind {
        MEMBER_NAME, VENUE, GOVERNMENT_CHAIR, GUEST_NAME, RECORDER, OPENING_REMARKS, ITEM_TITLE, ITEM_EXPLANATION, COMMENT, RULING,
        ACTION, EDITED_TEXT;

        /** Whether the English can be typed in a field of the record (rather than in the minutes' own text). */
        public boolean fillable() {
            return this != EDITED_TEXT;
        }

        public String code() {
            return Codes.of(this);
        }
    }
}
