package org.uncacworkbench.review;

import java.util.Arrays;
import java.util.Optional;

/** Where a written question is: open → assigned (to agencies) → answered → checked (by the secretariat) → sent (to the reviewers). */
public enum QuestionStatus {
    OPEN, ASSIGNED, ANSWERED, CHECKED, SENT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "review.question.status." + code();
    }

    public static Optional<QuestionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
