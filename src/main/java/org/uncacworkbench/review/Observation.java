package org.uncacworkbench.review;

import java.time.LocalDate;
import java.util.List;
import org.uncacworkbench.i18n.Language;

/**
 * A concluding observation (結論性意見): numbered in the cycle, filed under a kind or theme (or none),
 * citing articles (none: general), in English with a Chinese translation that may have fallen behind.
 * A draft belongs to the closed session: only the reviewers and the secretariat may see it. Once the
 * set is adopted a point changes only with a reason, its earlier text kept as a version.
 */
public record Observation(long id, long cycleId, int number, ObservationGroup group, List<Integer> articles, String textEn,
                          String textZh, boolean draft, LocalDate adoptedOn, String adoptedBy, boolean zhBehind, int version) {

    public Observation {
        articles = List.copyOf(articles);
    }

    /** The point in a language: the Chinese translation where there is one, else the English. */
    public String text(Language language) {
        return language.isChinese() && textZh != null && !textZh.isBlank() ? textZh : textEn;
    }

    public boolean adopted() {
        return !draft;
    }

    /** How a document cites it: 【第N點】 in Chinese, "para. N" in English. */
    public String citation(Language language) {
        return language.isChinese() ? "【第" + number + "點】" : "para. " + number;
    }

    /** An earlier version of an adopted point, replaced on a day by someone for a reason. */
    public record Version(int version, ObservationGroup group, List<Integer> articles, String textEn, String textZh,
                          java.time.LocalDateTime replacedAt, String replacedBy, String reason) {
    }
}
