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
import org.uncacworkbench.review.QaBooklet;
import org.uncacworkbench.review.QuestionDraft;
import org.uncacworkbench.review.QuestionService;
import org.uncacworkbench.review.ReviewService;
import org.uncacworkbench.review.Reviewer;
import org.uncacworkbench.review.WrittenQuestion;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/**
 * The list of issues tab: the cycle's questions, the reviewers and agencies its form chooses from,
 * and its commands — save a question, route it, record an agency's answer, mark it checked or sent,
 * write the Q&amp;A booklet. A refusal is said beside the form ({@link #problemProperty()}).
 */
public final class QuestionsViewModel {

    private final QuestionService questions;
    private final ReviewService reviews;
    private final AgencyService agencies;
    private final QaBooklet booklet;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;
    private final ObservableList<WrittenQuestion> list = FXCollections.observableArrayList();
    private final ObservableList<Reviewer> reviewerList = FXCollections.observableArrayList();
    private final ObservableList<Agency> agencyList = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private Cycle cycle;

    public QuestionsViewModel(QuestionService questions, ReviewService reviews, AgencyService agencies, QaBooklet booklet,
                              BackgroundTasks tasks, DialogService dialogs, Messages messages, String username) {
        this.questions = questions;
        this.reviews = reviews;
        this.agencies = agencies;
        this.booklet = booklet;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
    }

    /** What the tab shows, read together. */
    private record Loaded(List<WrittenQuestion> questions, List<Reviewer> reviewers, List<Agency> agencies) {
    }

    public void load(Cycle c) {
        cycle = c;
        reload(null, null);
    }

    private void reload(Long selectId, Consumer<WrittenQuestion> then) {
        Cycle c = cycle;
        tasks.submit(() -> c == null ? new Loaded(List.of(), List.of(), agencies.agencies())
                : new Loaded(questions.questions(c.id()), reviews.reviewers(c.id()), agencies.agencies()), loaded -> {
                    reviewerList.setAll(loaded.reviewers());
                    agencyList.setAll(loaded.agencies().stream().filter(Agency::active).toList());
                    list.setAll(loaded.questions());
                    if (selectId != null && then != null) {
                        loaded.questions().stream().filter(q -> q.id() == selectId).findFirst().ifPresent(then);
                    }
                }, this::fail);
    }

    /** Saves the form: a new question (the next number) when {@code editing} is null. */
    public void save(WrittenQuestion editing, QuestionDraft draft, Consumer<WrittenQuestion> saved) {
        if (cycle == null) {
            return;
        }
        problem.set("");
        long cycleId = cycle.id();
        tasks.submit(() -> editing == null ? questions.add(cycleId, draft, username) : questions.update(editing.id(), editing.version(), draft, username),
                q -> {
                    status.set(messages.format(editing == null ? "review.question.added" : "review.question.saved", q.number()));
                    reload(q.id(), saved);
                }, this::refuse);
    }

    public void route(WrittenQuestion q, Agency lead, List<Agency> others, LocalDate due, Consumer<WrittenQuestion> done) {
        problem.set("");
        List<Long> ids = others.stream().map(Agency::id).toList();
        tasks.submit(() -> questions.route(q.id(), q.version(), lead == null ? null : lead.id(), ids, due, username), r -> {
            status.set(messages.format("review.question.routed", r.number(), r.routing().size()));
            reload(r.id(), done);
        }, this::refuse);
    }

    public void answer(WrittenQuestion q, long agencyId, String zh, String en, Consumer<WrittenQuestion> done) {
        problem.set("");
        tasks.submit(() -> questions.answer(q.id(), agencyId, zh, en, username), r -> {
            status.set(messages.format("review.question.answerSaved", r.number()));
            reload(r.id(), done);
        }, this::refuse);
    }

    /**
     * Reads an agency's answer from its Word file (converted to Markdown) into the form, in the background;
     * nothing is saved until the answer is.
     */
    public void readAnswerFile(Consumer<String> into) {
        problem.set("");
        var file = dialogs.chooseFile(messages.get("review.question.answerFile"), List.of("docx"));
        if (file.isEmpty()) {
            return;
        }
        String name = file.get().getFileName().toString();
        status.set(messages.format("review.import.reading", name));
        tasks.submit(() -> org.uncacworkbench.markdown.DocxToMarkdown.convert(file.get()), text -> {
            into.accept(text);
            status.set(messages.format("review.question.answerRead", name));
        }, failure -> {
            status.set("");
            refuse(failure);
        });
    }

    public void translationChecked(WrittenQuestion q, Consumer<WrittenQuestion> done) {
        problem.set("");
        tasks.submit(() -> questions.translationChecked(q.id(), q.version(), username), r -> {
            status.set(messages.format("review.question.translationFollowsDone", r.number()));
            reload(r.id(), done);
        }, this::refuse);
    }

    public void markChecked(WrittenQuestion q, Consumer<WrittenQuestion> done) {
        problem.set("");
        tasks.submit(() -> questions.markChecked(q.id(), q.version(), username), r -> {
            status.set(messages.format("review.question.checkedDone", r.number()));
            reload(r.id(), done);
        }, this::refuse);
    }

    /** Marks the answers sent to the reviewers, after asking: a sent question can no longer change. */
    public void markSent(WrittenQuestion q, Consumer<WrittenQuestion> done) {
        problem.set("");
        if (dialogs.choose(messages.get("review.question.sendTitle"), messages.format("review.question.sendQuestion", q.number()),
                List.of(messages.get("review.question.send"), messages.get("dialog.cancel"))) != 0) {
            return;
        }
        tasks.submit(() -> questions.markSent(q.id(), q.version(), username), r -> {
            status.set(messages.format("review.question.sentDone", r.number()));
            reload(r.id(), done);
        }, this::refuse);
    }

    /**
     * Imports the reviewers' list of issues from a Word or Excel file: read in the background, shown for
     * confirmation (how many, and each one's start), saved only when confirmed — all or none.
     */
    public void importQuestions() {
        if (cycle == null) {
            return;
        }
        problem.set("");
        var file = dialogs.chooseFile(messages.get("review.import.chooseFile"), List.of("docx", "xlsx"));
        if (file.isEmpty()) {
            return;
        }
        long cycleId = cycle.id();
        List<Reviewer> reviewersNow = List.copyOf(reviewerList);
        status.set(messages.format("review.import.reading", file.get().getFileName().toString()));
        tasks.submit(() -> org.uncacworkbench.review.QuestionImport.read(file.get()), read -> {
            status.set("");
            StringBuilder preview = new StringBuilder();
            int shown = Math.min(read.size(), 12);
            for (int i = 0; i < shown; i++) {
                var q = read.get(i);
                String start = q.textEn().replace("\n", " ");
                preview.append(i + 1).append(". ").append(q.articles().isBlank() ? "" : "[" + q.articles() + "] ")
                        .append(start.length() > 90 ? start.substring(0, 90) + "…" : start).append('\n');
            }
            if (read.size() > shown) {
                preview.append(messages.format("review.import.previewMore", read.size() - shown));
            }
            if (dialogs.choose(messages.format("review.import.previewTitle", read.size()), messages.format("review.import.preview", preview.toString().strip()),
                    List.of(messages.get("review.import.confirm"), messages.get("dialog.cancel"))) != 0) {
                return;
            }
            tasks.submit(() -> questions.importAll(cycleId, read, reviewersNow, questions.today(), username), saved -> {
                status.set(messages.format("review.import.done", saved.size()));
                reload(null, null);
            }, this::refuse);
        }, failure -> {
            status.set("");
            refuse(failure);
        });
    }

    /** Asks where to save the Q&amp;A booklet in {@code language}, writes it in the background, offers to open it. */
    public void exportBooklet(Language language) {
        if (cycle == null) {
            return;
        }
        problem.set("");
        long cycleId = cycle.id();
        org.uncacworkbench.ui.DocumentSaves.save(tasks, dialogs, messages, new org.uncacworkbench.ui.DocumentSaves.Texts(
                messages.get("review.booklet.chooseFile"), messages.format("review.booklet.fileName", cycle.number(), language.shortCode()),
                messages.get("review.booklet.writing"), messages.get("review.booklet.writtenTitle"), "review.booklet.written",
                messages.get("review.booklet.notWritten")), target -> booklet.export(cycleId, language, target, DocxEngine.Progress.NONE),
                status::set);
    }

    /** A refusal the user can act on goes beside the form; anything else is an error. */
    private void refuse(Throwable failure) {
        org.uncacworkbench.ui.Failures.showBeside(problem::set, dialogs, messages, failure);
    }

    private void fail(Throwable failure) {
        org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("warning.notDone"));
    }

    public ObservableList<WrittenQuestion> questions() {
        return list;
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
        return questions.today();
    }

    public Messages messages() {
        return messages;
    }
}
