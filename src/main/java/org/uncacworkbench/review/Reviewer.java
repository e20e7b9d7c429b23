package org.uncacworkbench.review;

import java.time.LocalDate;

/**
 * One of a cycle's international reviewers: names in English and Chinese, nationality, affiliation,
 * expertise, contact, whether they chair the review, the date of their declaration of independence
 * and, once they have left the review, the date they left.
 */
public record Reviewer(long id, long cycleId, String name, String nameZh, String nationality, String affiliation,
                       String expertise, String email, boolean chair, LocalDate declaredOn, LocalDate leftOn, int version) {

    public boolean hasLeft() {
        return leftOn != null;
    }

    /** The name to show in an interface: the Chinese one in Chinese, where there is one. */
    public String name(org.uncacworkbench.i18n.Language language) {
        return language.isChinese() && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }


    /** The reviewer as the form edits them. */
    public ReviewerDraft draft() {
        return new ReviewerDraft(name, nameZh, nationality, affiliation, expertise, email, chair, declaredOn);
    }
}
