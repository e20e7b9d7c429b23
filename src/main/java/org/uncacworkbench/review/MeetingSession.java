package org.uncacworkbench.review;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.i18n.Language;

/**
 * A session of the review meeting: its number in the cycle, day and times, kind, titles, room, chair, the
 * articles it reviews and the agencies whose delegations must attend.
 */
public record MeetingSession(long id, long cycleId, int number, LocalDate date, LocalTime startsAt, LocalTime endsAt, Kind kind,
                             String titleZh, String titleEn, String room, Long chairId, String chairName, String chairNameZh, List<Integer> articles,
                             List<Delegation> delegations, int version) {

    public MeetingSession {
        articles = List.copyOf(articles);
        delegations = List.copyOf(delegations);
    }

    /** An agency whose delegation attends. */
    public record Delegation(long agencyId, AgencyRef agency) {
    }

    /** The chair as an interface in {@code language} names them (null: none). */
    public String chair(Language language) {
        return language.isChinese() && chairNameZh != null && !chairNameZh.isBlank() ? chairNameZh : chairName;
    }

    public String title(Language language) {
        return language.isChinese() ? titleZh : titleEn;
    }

    /** What a session is for; the closed session is the reviewers' own. */
    public enum Kind {
        OPENING("opening", "review.meeting.kind.opening"),
        ARTICLE_REVIEW("article_review", "review.meeting.kind.articleReview"),
        CIVIL_SOCIETY_DIALOGUE("civil_society_dialogue", "review.meeting.kind.civilSociety"),
        CLOSED_SESSION("closed_session", "review.meeting.kind.closed"),
        CLOSING("closing", "review.meeting.kind.closing");

        private final String code;
        private final String messageKey;

        Kind(String code, String messageKey) {
            this.code = code;
            this.messageKey = messageKey;
        }

        public String code() {
            return code;
        }

        public String messageKey() {
            return messageKey;
        }

        public static Optional<Kind> fromCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** A question a reviewer asked at the session and the government's answer. */
    public record Exchange(long id, long sessionId, Long reviewerId, String reviewerName, Integer article, Long agencyId, AgencyRef agency,
                           String question, String answer) {
    }

    /** A commitment the government made at the meeting: owned by an agency, due on a day, followed until done. */
    public record Commitment(long id, long sessionId, int sessionNumber, long agencyId, AgencyRef agency, String textZh, String textEn,
                             LocalDate dueOn, LocalDate recordedOn, LocalDate doneOn, String doneNote) {

        public boolean done() {
            return doneOn != null;
        }

        public boolean overdue(LocalDate today) {
            return !done() && dueOn.isBefore(today);
        }

        public String text(Language language) {
            String mine = language.isChinese() ? textZh : textEn;
            return mine != null ? mine : textZh != null ? textZh : textEn;
        }
    }
}
