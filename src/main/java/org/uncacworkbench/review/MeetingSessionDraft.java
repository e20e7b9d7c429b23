package org.uncacworkbench.review;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.uncacworkbench.convention.ArticleRanges;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** A meeting session as typed: day, times, kind, titles, room, chair (null: none), articles ("5-14"), attending agencies. */
public record MeetingSessionDraft(LocalDate date, LocalTime startsAt, LocalTime endsAt, MeetingSession.Kind kind, String titleZh,
                                  String titleEn, String room, Long chairId, String articles, List<Long> delegations) {

    public MeetingSessionDraft {
        delegations = delegations == null ? List.of() : List.copyOf(delegations);
    }

    public List<Integer> articleNumbers() {
        return ArticleRanges.parse(articles).stream().distinct().sorted().toList();
    }

    /** Trimmed and checked; throws with the first problem found. */
    public MeetingSessionDraft validate() {
        if (date == null) {
            throw new WorkbenchException(UserMessage.of("review.meeting.dateMissing"));
        }
        if (kind == null) {
            throw new WorkbenchException(UserMessage.of("review.meeting.kindMissing"));
        }
        String zh = titleZh == null ? "" : titleZh.strip();
        String en = titleEn == null ? "" : titleEn.strip();
        if (zh.isEmpty() || en.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("review.meeting.titleMissing"));
        }
        if (zh.length() > 300 || en.length() > 300 || (room != null && room.strip().length() > 200)) {
            throw new WorkbenchException(UserMessage.of("review.meeting.tooLong"));
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new WorkbenchException(UserMessage.of("review.meeting.endsBeforeStart"));
        }
        articleNumbers();
        return new MeetingSessionDraft(date, startsAt, endsAt, kind, zh, en, room == null || room.isBlank() ? null : room.strip(), chairId,
                articles, delegations.stream().distinct().toList());
    }
}
