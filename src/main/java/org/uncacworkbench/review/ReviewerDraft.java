package org.uncacworkbench.review;

import java.time.LocalDate;
import org.uncacworkbench.i18n.Scripts;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * A reviewer as typed into the form. {@link #validate(LocalDate)} says what is wrong, one problem at a
 * time, before anything is written, and returns the draft with its texts trimmed.
 */
public record ReviewerDraft(String name, String nameZh, String nationality, String affiliation, String expertise,
                            String email, boolean chair, LocalDate declaredOn) {

    public static final int MAX_NAME = 200;
    public static final int MAX_NAME_ZH = 100;
    public static final int MAX_NATIONALITY = 100;
    public static final int MAX_AFFILIATION = 300;
    public static final int MAX_EXPERTISE = 500;
    public static final int MAX_EMAIL = 320;

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The draft trimmed and checked against what {@code today} allows; throws with the first problem found. */
    public ReviewerDraft validate(LocalDate today) {
        String n = trim(name);
        String z = trim(nameZh);
        String nat = trim(nationality);
        String aff = trim(affiliation);
        String exp = trim(expertise);
        String mail = trim(email);
        if (n == null) {
            throw problem("review.reviewer.nameMissing");
        }
        if (Scripts.hasCjk(n)) {
            throw problem("review.reviewer.nameNotLatin");
        }
        if (nat == null) {
            throw problem("review.reviewer.nationalityMissing");
        }
        tooLong(n, MAX_NAME, "review.reviewer.nameTooLong");
        tooLong(z, MAX_NAME_ZH, "review.reviewer.nameZhTooLong");
        tooLong(nat, MAX_NATIONALITY, "review.reviewer.nationalityTooLong");
        tooLong(aff, MAX_AFFILIATION, "review.reviewer.affiliationTooLong");
        tooLong(exp, MAX_EXPERTISE, "review.reviewer.expertiseTooLong");
        tooLong(mail, MAX_EMAIL, "review.reviewer.emailTooLong");
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw problem("review.reviewer.emailInvalid");
        }
        if (declaredOn != null && declaredOn.isAfter(today)) {
            throw problem("review.reviewer.declarationInFuture");
        }
        return new ReviewerDraft(n, z, nat, aff, exp, mail, chair, declaredOn);
    }

    private static void tooLong(String text, int max, String key) {
        if (text != null && text.length() > max) {
            throw new WorkbenchException(UserMessage.of(key, max));
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static WorkbenchException problem(String key) {
        return new WorkbenchException(UserMessage.of(key));
    }
}
