package org.uncacworkbench.review;

import java.util.List;
import org.uncacworkbench.convention.ArticleRanges;
import org.uncacworkbench.i18n.Scripts;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * A concluding observation as typed or read from the reviewers' document: its kind or theme (null:
 * none), its articles as typed ("5, 12-14"; empty: general), the English text and the Chinese translation.
 */
public record ObservationDraft(Long groupId, String articles, String textEn, String textZh) {

    public static final int MAX_TEXT = 50_000;

    /** The articles, parsed; throws with what is wrong. */
    public List<Integer> articleNumbers() {
        return articles == null || articles.isBlank() ? List.of() : ArticleRanges.parse(articles).stream().distinct().sorted().toList(); // "5, 5" names article 5 once
    }

    /** Trimmed and checked; throws with the first problem found. */
    public ObservationDraft validate() {
        String en = textEn == null || textEn.isBlank() ? null : textEn.strip();
        String zh = textZh == null || textZh.isBlank() ? null : textZh.strip();
        if (en == null) {
            throw new WorkbenchException(UserMessage.of("review.observation.englishMissing"));
        }
        if (Scripts.hasCjk(en)) {
            throw new WorkbenchException(UserMessage.of("review.observation.englishNotEnglish"));
        }
        if (en.length() > MAX_TEXT || (zh != null && zh.length() > MAX_TEXT)) {
            throw new WorkbenchException(UserMessage.of("review.observation.tooLong", MAX_TEXT));
        }
        articleNumbers();
        return new ObservationDraft(groupId, articles, en, zh);
    }
}
