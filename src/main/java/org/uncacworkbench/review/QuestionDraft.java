package org.uncacworkbench.review;

import java.time.LocalDate;
import java.util.List;
import org.uncacworkbench.convention.ArticleRanges;
import org.uncacworkbench.i18n.Scripts;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * A written question as typed: who asked it (null: the reviewers together), its articles as typed
 * ("5, 12-14"; empty: general), the English text, its Chinese translation and the day it was asked.
 */
public record QuestionDraft(Long reviewerId, String articles, String textEn, String textZh, LocalDate askedOn) {

    public static final int MAX_TEXT = 20_000;

    /** The articles, parsed; throws with what is wrong. */
    public List<Integer> articleNumbers() {
        return articles == null || articles.isBlank() ? List.of() : ArticleRanges.parse(articles).stream().distinct().sorted().toList(); // "5, 5" names article 5 once
    }

    /** Trimmed and checked; throws with the first problem found. */
    public QuestionDraft validate(LocalDate today) {
        String en = textEn == null || textEn.isBlank() ? null : textEn.strip();
        String zh = textZh == null || textZh.isBlank() ? null : textZh.strip();
        if (en == null) {
            throw new WorkbenchException(UserMessage.of("review.question.englishMissing"));
        }
        if (Scripts.hasCjk(en)) {
            throw new WorkbenchException(UserMessage.of("review.question.englishNotEnglish"));
        }
        if (en.length() > MAX_TEXT || (zh != null && zh.length() > MAX_TEXT)) {
            throw new WorkbenchException(UserMessage.of("review.question.tooLong", MAX_TEXT));
        }
        if (askedOn == null) {
            throw new WorkbenchException(UserMessage.of("review.question.askedMissing"));
        }
        if (askedOn.isAfter(today)) {
            throw new WorkbenchException(UserMessage.of("review.question.askedInFuture"));
        }
        articleNumbers();
        return new QuestionDraft(reviewerId, articles, en, zh, askedOn);
    }
}
