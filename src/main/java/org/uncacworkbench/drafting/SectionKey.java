package org.uncacworkbench.drafting;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section's key within its cycle: A1…A71 for articles, and three keys for the front matter and
 * the part answering the previous cycle. The key fixes the section's kind and its place in the report.
 */
public record SectionKey(String key, String kind, Integer articleNumber, int sortOrder) {

    public static final String INTRODUCTION = "INTRODUCTION";
    public static final String METHODOLOGY = "METHODOLOGY";
    public static final String PREVIOUS_OBSERVATIONS = "PREVIOUS_OBSERVATIONS";
    private static final Pattern ARTICLE = Pattern.compile("A([1-9][0-9]?)");

    public static Optional<SectionKey> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return switch (key) {
            case INTRODUCTION -> Optional.of(new SectionKey(key, "introduction", null, 0));
            case METHODOLOGY -> Optional.of(new SectionKey(key, "methodology", null, 1));
            case PREVIOUS_OBSERVATIONS -> Optional.of(new SectionKey(key, "previous_observations", null, 1000));
            default -> {
                Matcher m = ARTICLE.matcher(key);
                if (!m.matches()) {
                    yield Optional.empty();
                }
                int article = Integer.parseInt(m.group(1));
                yield article <= 71 ? Optional.of(new SectionKey(key, "article", article, 10 + article)) : Optional.empty();
            }
        };
    }

    public static String forArticle(int article) {
        return "A" + article;
    }
}
