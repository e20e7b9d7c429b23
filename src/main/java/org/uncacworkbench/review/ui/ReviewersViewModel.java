package org.uncacworkbench.review.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.review.ReviewService;
import org.uncacworkbench.review.Reviewer;
import org.uncacworkbench.review.ReviewerDraft;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/**
 * The reviewers tab: the cycle's reviewers, and the form's commands — save (a new reviewer or the one
 * chosen), mark as having left (asking for the date), take back, delete (asking first, and only while
 * nothing they wrote is on record). A problem with what was typed is said beside the form
 * ({@link #problemProperty()}), not in a dialog.
 */
public final class ReviewersViewModel {

    private final ReviewService reviews;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;
    private final ObservableList<Reviewer> reviewers = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private Cycle cycle;

    public ReviewersViewModel(ReviewService reviews, BackgroundTasks tasks, DialogService dialogs, Messages messages, String username) {
        this.reviews = reviews;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
    }

    public void load(Cycle c) {
        cycle = c;
        reload(null);
    }

    /** Reads the reviewers again, then hands {@code selectId}'s reviewer (if any) to {@code then}. */
    private void reload(Long selectId, Consumer<Reviewer> then) {
        Cycle c = cycle;
        tasks.submit(() -> c == null ? List.<Reviewer>of() : reviews.reviewers(c.id()), list -> {
            reviewers.setAll(list);
            if (selectId != null && then != null) {
                list.stream().filter(r -> r.id() == selectId).findFirst().ifPresent(then);
            }
        }, this::fail);
    }

    private void reload(Long selectId) {
        reload(selectId, null);
    }

    /** Saves the form: a new reviewer when {@code editing} is null; {@code saved} gets them as stored. */
    public void save(Reviewer editing, ReviewerDraft draft, Consumer<Reviewer> saved) {
        if (cycle == null) {
            return;
        }
        problem.set("");
        long cycleId = cycle.id();
        tasks.submit(() -> editing == null ? reviews.add(cycleId, draft, username)
                        : reviews.update(editing.id(), editing.version(), draft, username),
                r -> {
                    status.set(messages.format(editing == null ? "review.reviewer.added" : "review.reviewer.saved", r.name(messages.language())));
                    reload(r.id(), saved);
                }, this::refuse);
    }

    /** Marks the reviewer as having left on {@code leftOn} (the form's date); they stay on record with all they wrote. */
    public void markLeft(Reviewer reviewer, LocalDate leftOn, Consumer<Reviewer> done) {
        problem.set("");
        tasks.submit(() -> reviews.markLeft(reviewer.id(), reviewer.version(), leftOn, username), r -> {
            status.set(messages.format("review.reviewer.markedLeft", r.name(messages.language())));
            reload(r.id(), done);
        }, this::refuse);
    }

    public void reinstate(Reviewer reviewer, Consumer<Reviewer> done) {
        problem.set("");
        tasks.submit(() -> reviews.reinstate(reviewer.id(), reviewer.version(), username), r -> {
            status.set(messages.format("review.reviewer.reinstated", r.name(messages.language())));
            reload(r.id(), done);
        }, this::refuse);
    }

    /** Deletes a reviewer entered by mistake, after asking; refused (with the reason) once they wrote anything. */
    public void delete(Reviewer reviewer, Runnable done) {
        problem.set("");
        int answer = dialogs.choose(messages.get("review.reviewer.deleteTitle"),
                messages.format("review.reviewer.deleteQuestion", reviewer.name(messages.language())),
                List.of(messages.get("review.reviewer.delete"), messages.get("dialog.cancel")));
        if (answer != 0) {
            return;
        }
        tasks.submit(() -> {
            reviews.delete(reviewer.id(), username);
            return null;
        }, ok -> {
            status.set(messages.format("review.reviewer.deleted", reviewer.name(messages.language())));
            reload(null);
            done.run();
        }, this::refuse);
    }

    /** A refusal the user can act on goes beside the form; anything else is an error. */
    private void refuse(Throwable failure) {
        org.uncacworkbench.ui.Failures.showBeside(problem::set, dialogs, messages, failure);
    }

    private void fail(Throwable failure) {
        org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("warning.notDone"));
    }

    public ObservableList<Reviewer> reviewers() {
        return reviewers;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public java.time.LocalDate today() {
        return reviews.today();
    }

    public Messages messages() {
        return messages;
    }

}
