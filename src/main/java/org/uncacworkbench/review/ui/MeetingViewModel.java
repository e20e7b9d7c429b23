package org.uncacworkbench.review.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.agency.AgencyService;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.review.MeetingService;
import org.uncacworkbench.review.MeetingSession;
import org.uncacworkbench.review.MeetingSessionDraft;
import org.uncacworkbench.review.ReviewService;
import org.uncacworkbench.review.Reviewer;
import org.uncacworkbench.review.RunSheet;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/**
 * The review meeting tab: the cycle's sessions, the reviewers and agencies its forms choose from, the
 * chosen session's exchanges and the cycle's commitments; save a session, record an exchange or a
 * commitment, mark a commitment done, write the programme. A refusal is said beside the forms.
 */
public final class MeetingViewModel {

    private final MeetingService meeting;
    private final ReviewService reviews;
    private final AgencyService agencies;
    private final RunSheet runSheet;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;
    private final ObservableList<MeetingSession> sessionList = FXCollections.observableArrayList();
    private final ObservableList<MeetingSession.Exchange> exchangeList = FXCollections.observableArrayList();
    private final ObservableList<MeetingSession.Commitment> commitmentList = FXCollections.observableArrayList();
    private final ObservableList<Reviewer> reviewerList = FXCollections.observableArrayList();
    private final ObservableList<Agency> agencyList = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private Cycle cycle;

    public MeetingViewModel(MeetingService meeting, ReviewService reviews, AgencyService agencies, RunSheet runSheet, BackgroundTasks tasks,
                            DialogService dialogs, Messages messages, String username) {
        this.meeting = meeting;
        this.reviews = reviews;
        this.agencies = agencies;
        this.runSheet = runSheet;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
    }

    private record Loaded(List<MeetingSession> sessions, List<MeetingSession.Commitment> commitments, List<Reviewer> reviewers,
                          List<Agency> agencies) {
    }

    public void load(Cycle c) {
        cycle = c;
        reload(null, null);
    }

    private void reload(Long selectId, Consumer<MeetingSession> then) {
        Cycle c = cycle;
        tasks.submit(() -> c == null ? new Loaded(List.of(), List.of(), List.of(), agencies.agencies())
                : new Loaded(meeting.sessions(c.id()), meeting.commitments(c.id()), reviews.reviewers(c.id()), agencies.agencies()), loaded -> {
                    reviewerList.setAll(loaded.reviewers());
                    agencyList.setAll(loaded.agencies().stream().filter(Agency::active).toList());
                    sessionList.setAll(loaded.sessions());
                    commitmentList.setAll(loaded.commitments());
                    if (then != null && selectId != null) {
                        loaded.sessions().stream().filter(s -> s.id() == selectId).findFirst().ifPresent(then);
                    }
                }, this::fail);
    }

    /** The chosen session's exchanges, read in the background. */
    public void exchanges(MeetingSession s) {
        if (s == null) {
            exchangeList.clear();
            return;
        }
        tasks.submit(() -> meeting.exchanges(s.id()), exchangeList::setAll, this::fail);
    }

    public void save(MeetingSession editing, MeetingSessionDraft draft, Consumer<MeetingSession> saved) {
        if (cycle == null) {
            return;
        }
        problem.set("");
        long cycleId = cycle.id();
        tasks.submit(() -> meeting.save(cycleId, editing, draft, username), s -> {
            status.set(messages.format("review.meeting.saved", s.number()));
            reload(s.id(), saved);
        }, this::refuse);
    }

    public void recordExchange(MeetingSession s, Reviewer reviewer, Integer article, Agency agency, String question, String answer,
                               Runnable done) {
        problem.set("");
        tasks.submit(() -> {
            meeting.recordExchange(s, reviewer == null ? null : reviewer.id(), article, agency == null ? null : agency.id(), question, answer,
                    username);
            return s;
        }, x -> {
            status.set(messages.format("review.meeting.exchangeRecorded", s.number()));
            exchanges(s);
            done.run();
        }, this::refuse);
    }

    public void commit(MeetingSession s, Agency owner, String zh, String en, LocalDate due, Runnable done) {
        problem.set("");
        tasks.submit(() -> meeting.commit(s, owner == null ? null : owner.id(), zh, en, due, username), c -> {
            status.set(messages.format("review.meeting.committed", c.agency().code()));
            reload(null, null);
            done.run();
        }, this::refuse);
    }

    public void markDone(MeetingSession.Commitment c, LocalDate on, String note) {
        if (cycle == null) {
            return;
        }
        problem.set("");
        long cycleId = cycle.id();
        tasks.submit(() -> {
            meeting.markDone(cycleId, c, on, note, username);
            return c;
        }, x -> {
            status.set(messages.get("review.meeting.doneRecorded"));
            reload(null, null);
        }, this::refuse);
    }

    /** Asks where to save the programme in {@code language}, writes it in the background, offers to open it. */
    public void exportRunSheet(Language language) {
        if (cycle == null) {
            return;
        }
        problem.set("");
        long cycleId = cycle.id();
        org.uncacworkbench.ui.DocumentSaves.save(tasks, dialogs, messages, new org.uncacworkbench.ui.DocumentSaves.Texts(
                messages.get("review.meeting.runSheet.chooseFile"), messages.format("review.meeting.runSheet.fileName", cycle.number(),
                language.shortCode()), "", messages.get("review.booklet.writtenTitle"), "review.booklet.written",
                messages.get("review.meeting.runSheet.notWritten")), target -> runSheet.export(cycleId, language, target, DocxEngine.Progress.NONE),
                status::set);
    }

    private void refuse(Throwable failure) {
        org.uncacworkbench.ui.Failures.showBeside(problem::set, dialogs, messages, failure);
    }

    private void fail(Throwable failure) {
        org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("warning.notDone"));
    }

    public ObservableList<MeetingSession> sessions() {
        return sessionList;
    }

    public ObservableList<MeetingSession.Exchange> exchangeItems() {
        return exchangeList;
    }

    public ObservableList<MeetingSession.Commitment> commitments() {
        return commitmentList;
    }

    public ObservableList<Reviewer> reviewers() {
        return reviewerList;
    }

    public ObservableList<Agency> agencies() {
        return agencyList;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public LocalDate today() {
        return meeting.today();
    }

    public Messages messages() {
        return messages;
    }
}
