package org.uncacworkbench.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;

/**
 * The international review's reviewers: added, edited, marked as having left (and back), and deleted
 * only while nothing they asked, said or chaired is on record. One chair per cycle: naming a new
 * chair passes the chair on. Every change in one transaction, in the audit log.
 */
public final class ReviewService {

    private final Transactor transactor;
    private final ReviewerRepository reviewers;
    private final AuditLog auditLog;
    private final Clock clock;

    public ReviewService(Transactor transactor, ReviewerRepository reviewers, AuditLog auditLog, Clock clock) {
        this.transactor = transactor;
        this.reviewers = reviewers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A cycle's reviewers: those in the review first (the chair at the top), then those who left. */
    public List<Reviewer> reviewers(long cycleId) {
        return reviewers.reviewers(cycleId);
    }

    /** Adds a reviewer to a cycle; returns them as stored. */
    public Reviewer add(long cycleId, ReviewerDraft draft, String username) {
        ReviewerDraft d = draft.validate(LocalDate.now(clock));
        return transactor.inTransaction(() -> {
            long id = reviewers.insert(cycleId, d);
            if (d.chair()) {
                reviewers.clearChair(cycleId, id);
            }
            auditLog.record(username, "create", "reviewer", String.valueOf(id), cycleId, describe(d));
            return reviewers.byId(id).orElseThrow();
        });
    }

    /** Changes a reviewer as read at {@code version}; refused when someone else changed them meanwhile. */
    public Reviewer update(long id, int version, ReviewerDraft draft, String username) {
        ReviewerDraft d = draft.validate(LocalDate.now(clock));
        return transactor.inTransaction(() -> {
            Reviewer before = existing(id);
            if (!reviewers.update(id, version, d)) {
                throw new WorkbenchException(UserMessage.of("review.reviewer.changedMeanwhile", before.name()));
            }
            if (d.chair()) {
                reviewers.clearChair(before.cycleId(), id);
            }
            auditLog.record(username, "update", "reviewer", String.valueOf(id), before.cycleId(), describe(d));
            return reviewers.byId(id).orElseThrow();
        });
    }

    /** Marks a reviewer as having left the review on {@code leftOn}; they stay on record with all they wrote. */
    public Reviewer markLeft(long id, int version, LocalDate leftOn, String username) {
        if (leftOn == null) {
            throw new WorkbenchException(UserMessage.of("review.reviewer.leftDateMissing"));
        }
        if (leftOn.isAfter(LocalDate.now(clock))) {
            throw new WorkbenchException(UserMessage.of("review.reviewer.leftInFuture"));
        }
        return transactor.inTransaction(() -> {
            Reviewer before = existing(id);
            if (!reviewers.setLeft(id, version, leftOn)) {
                throw new WorkbenchException(UserMessage.of("review.reviewer.changedMeanwhile", before.name()));
            }
            auditLog.record(username, "update", "reviewer", String.valueOf(id), before.cycleId(),
                    before.name() + " left the review on " + leftOn);
            return reviewers.byId(id).orElseThrow();
        });
    }

    /** Takes a reviewer marked as having left back into the review. */
    public Reviewer reinstate(long id, int version, String username) {
        return transactor.inTransaction(() -> {
            Reviewer before = existing(id);
            if (!reviewers.setLeft(id, version, null)) {
                throw new WorkbenchException(UserMessage.of("review.reviewer.changedMeanwhile", before.name()));
            }
            auditLog.record(username, "update", "reviewer", String.valueOf(id), before.cycleId(), before.name() + " back in the review");
            return reviewers.byId(id).orElseThrow();
        });
    }

    /** Whether a reviewer can still be deleted: nothing they asked, said or chaired is on record. */
    public boolean deletable(long id) {
        return reviewers.contributions(id) == 0;
    }

    /** Deletes a reviewer entered by mistake; refused once anything they asked, said or chaired is on record. */
    public void delete(long id, String username) {
        transactor.inTransaction(() -> {
            Reviewer before = existing(id);
            int contributions = reviewers.contributions(id);
            if (contributions > 0) {
                throw new WorkbenchException(UserMessage.of("review.reviewer.notDeletable", before.name(), contributions));
            }
            reviewers.delete(id);
            auditLog.record(username, "delete", "reviewer", String.valueOf(id), before.cycleId(), "Reviewer deleted: " + before.name());
            return null;
        });
    }

    private Reviewer existing(long id) {
        return reviewers.byId(id).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.reviewer.gone")));
    }

    private static String describe(ReviewerDraft d) {
        return d.name() + (d.nameZh() == null ? "" : " / " + d.nameZh()) + ", " + d.nationality() + (d.chair() ? ", chair" : "")
                + (d.declaredOn() == null ? ", no declaration of independence" : ", independence declared " + d.declaredOn());
    }

    /** Today, as the program's clock has it (forms propose it for dates). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
