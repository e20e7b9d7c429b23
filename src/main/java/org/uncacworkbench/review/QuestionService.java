package org.uncacworkbench.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;

/**
 * The list of issues (問題清單): the reviewers' written questions, numbered in the cycle; each routed
 * to a lead agency and co-agencies with a deadline, answered by each in Chinese with an English
 * translation, checked by the secretariat and sent. Every change is one transaction and in the audit log.
 */
public final class QuestionService {

    private final Transactor transactor;
    private final QuestionRepository questions;
    private final AuditLog auditLog;
    private final Clock clock;

    public QuestionService(Transactor transactor, QuestionRepository questions, AuditLog auditLog, Clock clock) {
        this.transactor = transactor;
        this.questions = questions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<WrittenQuestion> questions(long cycleId) {
        return questions.questions(cycleId);
    }

    /** An agency late with its answer to a question. */
    public record Overdue(int questionNo, String agencyCode, LocalDate dueOn) {
    }

    /** Agencies late with answers to questions, the longest overdue first, for the dashboard. */
    public List<Overdue> overdue(long cycleId) {
        return questions.overdue(cycleId, LocalDate.now(clock));
    }

    /** Adds a question with the next number of the cycle. */
    public WrittenQuestion add(long cycleId, QuestionDraft draft, String username) {
        QuestionDraft d = draft.validate(LocalDate.now(clock));
        List<Integer> articles = d.articleNumbers();
        return transactor.inTransaction(() -> {
            int number = questions.nextNumber(cycleId);
            long id = questions.insert(cycleId, number, d);
            questions.setArticles(id, articles);
            auditLog.record(username, "create", "written_question", String.valueOf(number), cycleId,
                    "Question " + number + " on " + (articles.isEmpty() ? "no article (general)" : "articles " + articles));
            return questions.byId(id).orElseThrow();
        });
    }

    /**
     * Saves the questions read from the reviewers' file, numbered on from the cycle's last: all or none.
     * A question that would be refused says where it was in the file.
     */
    public List<WrittenQuestion> importAll(long cycleId, List<QuestionImport.Read> read, List<Reviewer> reviewers, LocalDate askedOn,
                                           String username) {
        LocalDate today = LocalDate.now(clock);
        List<QuestionDraft> drafts = QuestionImport.drafts(read, reviewers, askedOn);
        List<QuestionDraft> valid = new java.util.ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                QuestionDraft d = drafts.get(i).validate(today);
                d.articleNumbers();
                valid.add(d);
            } catch (WorkbenchException e) {
                throw new WorkbenchException(UserMessage.of("review.import.badQuestion", read.get(i).place(), e.userMessage()), e);
            }
        }
        return transactor.inTransaction(() -> {
            List<WrittenQuestion> saved = new java.util.ArrayList<>();
            for (QuestionDraft d : valid) {
                int number = questions.nextNumber(cycleId);
                long id = questions.insert(cycleId, number, d);
                questions.setArticles(id, d.articleNumbers());
                saved.add(questions.byId(id).orElseThrow());
            }
            auditLog.record(username, "import", "written_question", null, cycleId,
                    saved.size() + " questions imported, numbers " + saved.getFirst().number() + "–" + saved.getLast().number());
            return saved;
        });
    }

    /** Changes a question's text, translation, articles or reviewer, as read at {@code version}. */
    public WrittenQuestion update(long id, int version, QuestionDraft draft, String username) {
        QuestionDraft d = draft.validate(LocalDate.now(clock));
        List<Integer> articles = d.articleNumbers();
        return transactor.inTransaction(() -> {
            WrittenQuestion before = existing(id);
            if (before.status() == QuestionStatus.SENT) {
                throw new WorkbenchException(UserMessage.of("review.question.alreadySent", before.number()));
            }
            boolean zhBehind = TranslationState.behindAfter(before.textEn(), before.textZh(), before.zhBehind(), d.textEn(), d.textZh());
            if (!questions.update(id, version, d, zhBehind)) {
                throw changedMeanwhile(before);
            }
            questions.setArticles(id, articles);
            auditLog.record(username, "update", "written_question", String.valueOf(before.number()), before.cycleId(),
                    "Question " + before.number() + " changed");
            return questions.byId(id).orElseThrow();
        });
    }

    /** Says the Chinese translation follows the English as it now is. */
    public WrittenQuestion translationChecked(long id, int version, String username) {
        return transactor.inTransaction(() -> {
            WrittenQuestion before = existing(id);
            if (!questions.translationCaughtUp(id, version)) {
                throw changedMeanwhile(before);
            }
            auditLog.record(username, "update", "written_question", String.valueOf(before.number()), before.cycleId(),
                    "Chinese translation of question " + before.number() + " checked against the English");
            return questions.byId(id).orElseThrow();
        });
    }

    /** Routes a question to a lead agency and co-agencies, to answer by {@code dueOn}. */
    public WrittenQuestion route(long id, int version, Long lead, List<Long> coAgencies, LocalDate dueOn, String username) {
        if (lead == null) {
            throw new WorkbenchException(UserMessage.of("review.question.leadMissing"));
        }
        if (dueOn == null) {
            throw new WorkbenchException(UserMessage.of("review.question.dueMissing"));
        }
        List<Long> others = new LinkedHashSet<>(coAgencies).stream().filter(a -> !a.equals(lead)).toList();
        return transactor.inTransaction(() -> {
            WrittenQuestion before = existing(id);
            if (before.status() == QuestionStatus.SENT || before.status() == QuestionStatus.CHECKED) {
                throw new WorkbenchException(UserMessage.of("review.question.alreadyChecked", before.number()));
            }
            if (dueOn.isBefore(before.askedOn())) {
                throw new WorkbenchException(UserMessage.of("review.question.dueBeforeAsked"));
            }
            QuestionStatus status = before.status() == QuestionStatus.OPEN ? QuestionStatus.ASSIGNED : before.status();
            if (!questions.route(id, version, lead, others, dueOn, status)) {
                throw changedMeanwhile(before);
            }
            WrittenQuestion after = questions.byId(id).orElseThrow();
            settleAnswered(after);
            auditLog.record(username, "update", "written_question", String.valueOf(before.number()), before.cycleId(),
                    "Question " + before.number() + " routed to " + after.routing().stream().map(r -> r.agency().code())
                            .collect(Collectors.joining(", ")) + ", due " + dueOn);
            return questions.byId(id).orElseThrow();
        });
    }

    /**
     * Records an agency's answer (Chinese, with the English translation when there is one), replacing the
     * one it gave before. When every agency the question is routed to has answered, it is answered.
     */
    public WrittenQuestion answer(long questionId, long agencyId, String textZh, String textEn, String username) {
        String zh = textZh == null || textZh.isBlank() ? null : textZh.strip();
        String en = textEn == null || textEn.isBlank() ? null : textEn.strip();
        if (zh == null && en == null) {
            throw new WorkbenchException(UserMessage.of("review.question.answerEmpty"));
        }
        return transactor.inTransaction(() -> {
            WrittenQuestion before = existing(questionId);
            if (before.status() == QuestionStatus.SENT) {
                throw new WorkbenchException(UserMessage.of("review.question.alreadySent", before.number()));
            }
            var routed = before.routing().stream().filter(r -> r.agencyId() == agencyId).findFirst()
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("review.question.notRouted", before.number())));
            questions.answer(questionId, agencyId, zh, en, LocalDate.now(clock));
            WrittenQuestion after = questions.byId(questionId).orElseThrow();
            if (before.status() == QuestionStatus.CHECKED) {
                questions.setStatus(questionId, QuestionStatus.ANSWERED); // a changed answer is checked again
            } else {
                settleAnswered(after);
            }
            auditLog.record(username, "update", "written_question", String.valueOf(before.number()), before.cycleId(),
                    "Answer to question " + before.number() + " from " + routed.agency().code());
            return questions.byId(questionId).orElseThrow();
        });
    }

    /** Marks the answers checked by the secretariat: every routed agency has answered. */
    public WrittenQuestion markChecked(long id, int version, String username) {
        return step(id, version, QuestionStatus.ANSWERED, QuestionStatus.CHECKED, username);
    }

    /** Marks the answers sent to the reviewers: checked, and every answer has its English. */
    public WrittenQuestion markSent(long id, int version, String username) {
        return transactor.inTransaction(() -> {
            WrittenQuestion q = existing(id);
            List<String> noEnglish = q.answers().stream().filter(a -> a.textEn() == null).map(a -> a.agency().code()).toList();
            if (!noEnglish.isEmpty() && q.status() == QuestionStatus.CHECKED) {
                throw new WorkbenchException(UserMessage.of("review.question.englishAnswerMissing", q.number(), String.join(", ", noEnglish)));
            }
            return step(id, version, QuestionStatus.CHECKED, QuestionStatus.SENT, username);
        });
    }

    private WrittenQuestion step(long id, int version, QuestionStatus from, QuestionStatus to, String username) {
        return transactor.inTransaction(() -> {
            WrittenQuestion q = existing(id);
            if (!questions.stillAt(id, version)) {
                throw changedMeanwhile(q);
            }
            if (q.status() != from) {
                throw new WorkbenchException(UserMessage.of("review.question.notReady", q.number(), UserMessage.of(from.messageKey()),
                        UserMessage.of(to.messageKey())));
            }
            questions.setStatus(id, to);
            auditLog.record(username, "status_change", "written_question", String.valueOf(q.number()), q.cycleId(),
                    "Question " + q.number() + ": " + from.code() + " → " + to.code());
            return questions.byId(id).orElseThrow();
        });
    }

    /** Assigned and every routed agency answered: answered. */
    private void settleAnswered(WrittenQuestion q) {
        if (q.status() == QuestionStatus.ASSIGNED && !q.routing().isEmpty() && q.waitingFor().isEmpty()) {
            questions.setStatus(q.id(), QuestionStatus.ANSWERED);
        }
    }

    private WrittenQuestion existing(long id) {
        return questions.byId(id).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.question.gone")));
    }

    private static WorkbenchException changedMeanwhile(WrittenQuestion q) {
        return new WorkbenchException(UserMessage.of("review.question.changedMeanwhile", q.number()));
    }

    /** Today, as the program's clock has it (forms propose it for dates). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
