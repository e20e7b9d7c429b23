package org.uncacworkbench.convention;

import java.util.ArrayList;
import java.util.List;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** Article numbers as people type them: "5-14", "15–20; 33", "32, 33". */
public final class ArticleRanges {

    private ArticleRanges() {
    }

    /** The articles named, in the order given; empty text gives none. A typing mistake is reported, not guessed at. */
    public static List<Integer> parse(String text) {
        List<Integer> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[;,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                String[] ends = part.split("[-–]", 2);
                int from = Integer.parseInt(ends[0].strip());
                int to = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : from;
                if (from < 1 || to > 71 || to < from) {
                    throw new WorkbenchException(UserMessage.of("request.badArticle"));
                }
                for (int a = from; a <= to; a++) {
                    out.add(a);
                }
            } catch (NumberFormatException e) {
                throw new WorkbenchException(UserMessage.of("requests.badArticleText", part));
            }
        }
        return out;
    }
}
