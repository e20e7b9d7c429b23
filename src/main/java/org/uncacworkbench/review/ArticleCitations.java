package org.uncacworkbench.review;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Convention's articles a text cites, as reviewers write them: in running prose ("article 13",
 * "articles 12 and 13", "Articles 15–16") and in the short forms they put in parentheses ("(A. 38)",
 * "(Art. 13)", "(Arts. 6 and 36)", "(A. 32, 33)"), and in Chinese ("第5條", "第15條至第16條"). A bare
 * "A. 5" outside parentheses is not taken: it is as likely a list item as a citation.
 */
public final class ArticleCitations {

    private static final String LIST = "(\\d{1,2}(?:\\s*(?:,|and|&|-|–|—|to)\\s*\\d{1,2})*)";
    private static final Pattern PROSE = Pattern.compile("(?i)\\b(?:art(?:icle)?s?)\\.?\\s*" + LIST);
    private static final Pattern PARENTHESES = Pattern.compile("[(（]([^()（）]*)[)）]");
    private static final Pattern SHORT = Pattern.compile("(?i)(?:^|[\\s;,])(?:a|arts?|articles?)\\.?\\s*" + LIST);
    private static final Pattern CHINESE = Pattern.compile("第\\s*(\\d{1,2})\\s*條(?:\\s*[至到~～-]\\s*第\\s*(\\d{1,2})\\s*條)?");

    private ArticleCitations() {
    }

    /** The articles cited, in order, each once; none when the text cites none. */
    public static List<Integer> cited(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher prose = PROSE.matcher(text);
        while (prose.find()) {
            add(prose.group(1), found);
        }
        Matcher parentheses = PARENTHESES.matcher(text);
        while (parentheses.find()) {
            Matcher s = SHORT.matcher(parentheses.group(1));
            while (s.find()) {
                add(s.group(1), found);
            }
        }
        Matcher zh = CHINESE.matcher(text);
        while (zh.find()) {
            int from = Integer.parseInt(zh.group(1));
            int to = zh.group(2) == null ? from : Integer.parseInt(zh.group(2));
            range(from, to, found);
        }
        return List.copyOf(found);
    }

    /** As the forms write them: "5, 12, 13". */
    public static String format(List<Integer> articles) {
        return String.join(", ", articles.stream().map(String::valueOf).toList());
    }

    /** As a programme writes them: runs of consecutive articles as ranges, "5–14, 33". */
    public static String ranges(List<Integer> articles) {
        List<Integer> sorted = articles.stream().distinct().sorted().toList();
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            parts.add(j > i ? sorted.get(i) + "–" + sorted.get(j) : String.valueOf(sorted.get(i)));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static void add(String list, Set<Integer> found) {
        for (String part : list.split("\\s*(?:,|and|&)\\s*")) {
            String[] ends = part.strip().split("\\s*(?:-|–|—|to)\\s*");
            if (ends[0].isBlank()) {
                continue;
            }
            int from = Integer.parseInt(ends[0].strip());
            int to = ends.length > 1 && !ends[1].isBlank() ? Integer.parseInt(ends[1].strip()) : from;
            range(from, to, found);
        }
    }

    private static void range(int from, int to, Set<Integer> found) {
        for (int a = from; a <= Math.max(from, to) && a - from < 71; a++) {
            if (a >= 1 && a <= 71) {
                found.add(a);
            }
        }
    }
}
