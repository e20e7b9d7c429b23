package org.uncacworkbench.review;

import java.time.LocalDate;
import java.util.List;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.i18n.Language;

/**
 * A reviewer's written question in the cycle's list of issues, numbered in the cycle: its articles
 * (none: a general question), English text and Chinese translation, the agencies it is routed to
 * (the lead first) with the deadline, their answers, and where it is. The Chinese is behind when the
 * English changed after it was last worked on.
 */
public record WrittenQuestion(long id, long cycleId, int number, Long reviewerId, String reviewerName, List<Integer> articles,
                              String textEn, String textZh, LocalDate askedOn, LocalDate dueOn, QuestionStatus status,
                              List<Routing> routing, List<Answer> answers, boolean zhBehind, int version) {

    public WrittenQuestion {
        articles = List.copyOf(articles);
        routing = List.copyOf(routing);
        answers = List.copyOf(answers);
    }

    /** An agency the question is routed to. */
    public record Routing(long agencyId, AgencyRef agency, boolean lead) {
    }

    /** An agency's answer, in Chinese with its English translation. */
    public record Answer(long agencyId, AgencyRef agency, String textZh, String textEn, LocalDate answeredOn) {
    }

    /** The question in a language: the Chinese translation where there is one, else the English it was asked in. */
    public String text(Language language) {
        return language.isChinese() && textZh != null && !textZh.isBlank() ? textZh : textEn;
    }

    public boolean general() {
        return articles.isEmpty();
    }

    /** Routed agencies that have not answered yet. */
    public List<Routing> waitingFor() {
        return routing.stream().filter(r -> answers.stream().noneMatch(a -> a.agencyId() == r.agencyId())).toList();
    }

}
