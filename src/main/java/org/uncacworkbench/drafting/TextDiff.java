package org.uncacworkbench.drafting;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uncacworkbench.i18n.Language;

/**
 * Side-by-side comparison of two texts: lines are matched first, and within a changed line the
 * changed part is marked. Chinese is compared character by character (it has no spaces between
 * words); English word by word.
 */
public final class TextDiff {

    /** A piece of a line; {@code changed} marks what differs from the other side. */
    public record Segment(String text, boolean changed) {
    }

    public enum Kind { SAME, CHANGED, ADDED, REMOVED }

    /** One line of each side; an empty side is an absent line (added or removed). */
    public record Row(Kind kind, List<Segment> left, List<Segment> right) {
    }

    private static final Pattern WORDS = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    private TextDiff() {
    }

    public static List<Row> sideBySide(String before, String after, Language language) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int from = delta.getSource().getPosition();
            while (i < from) {
                rows.add(same(a.get(i++)));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(removed.size(), added.size()) : 0;
            for (int k = 0; k < paired; k++) {
                rows.add(changed(removed.get(k), added.get(k), language));
            }
            for (int k = paired; k < removed.size(); k++) {
                rows.add(new Row(Kind.REMOVED, List.of(new Segment(removed.get(k), true)), List.of()));
            }
            for (int k = paired; k < added.size(); k++) {
                rows.add(new Row(Kind.ADDED, List.of(), List.of(new Segment(added.get(k), true))));
            }
            i = from + removed.size();
        }
        while (i < a.size()) {
            rows.add(same(a.get(i++)));
        }
        return rows;
    }

    /** Paragraphs as Markdown separates them: by blank lines. */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static Row same(String line) {
        List<Segment> s = List.of(new Segment(line, false));
        return new Row(Kind.SAME, s, s);
    }

    private static Row changed(String before, String after, Language language) {
        List<String> a = tokens(before, language);
        List<String> b = tokens(after, language);
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            append(left, a.subList(i, d.getSource().getPosition()), false);
            append(right, b.subList(j, d.getTarget().getPosition()), false);
            append(left, d.getSource().getLines(), true);
            append(right, d.getTarget().getLines(), true);
            i = d.getSource().getPosition() + d.getSource().size();
            j = d.getTarget().getPosition() + d.getTarget().size();
        }
        append(left, a.subList(i, a.size()), false);
        append(right, b.subList(j, b.size()), false);
        return new Row(Kind.CHANGED, left, right);
    }

    /** Adds tokens to a line, merging with the previous segment when the marking is the same. */
    private static void append(List<Segment> line, List<String> tokens, boolean changed) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!line.isEmpty() && line.getLast().changed() == changed) {
            line.set(line.size() - 1, new Segment(line.getLast().text() + text, changed));
        } else {
            line.add(new Segment(text, changed));
        }
    }

    static List<String> tokens(String line, Language language) {
        List<String> out = new ArrayList<>();
        if (language.isChinese()) {
            line.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        Matcher m = WORDS.matcher(line);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\\r?\\n", -1));
    }
}
