package org.uncacworkbench.review.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.export.Audience;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.ArticleCitations;
import org.uncacworkbench.review.Observation;
import org.uncacworkbench.review.ObservationDraft;
import org.uncacworkbench.review.ObservationGroup;
import org.uncacworkbench.review.ObservationImport;
import org.uncacworkbench.review.ObservationService;
import org.uncacworkbench.review.ObservationsDocument;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/**
 * The concluding observations tab: the cycle's points (the closed session's drafts with them: this is
 * the secretariat's workbench), its kinds or themes, and its commands — save a point (after adoption
 * only with a reason), delete a draft, adopt the drafts, import the reviewers' document or its Chinese
 * translation after showing what it would change, and export the observations.
 */
public final class ObservationsViewModel {

    private final ObservationService observations;
    private final ObservationsDocument document;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;
    private final ObservableList<Observation> list = FXCollections.observableArrayList();
    private final ObservableList<ObservationGroup> groupList = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private Cycle cycle;

    public ObservationsViewModel(ObservationService observations, ObservationsDocument document, BackgroundTasks tasks, DialogService dialogs,
                                 Messages messages, String username) {
        this.observations = observations;
        this.document = document;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
    }

    private record Loaded(List<Observation> observations, List<ObservationGroup> groups) {
    }

    public void load(Cycle c) {
        cycle = c;
        reload(null, null);
    }

    private void reload(Long selectId, Consumer<Observation> then) {
        Cycle c = cycle;
        tasks.submit(() -> c == null ? new Loaded(List.of(), List.of()) : new Loaded(observations.withDrafts(c.id()), observations.groups(c.id())),
                loaded -> {
                    groupList.setAll(loaded.groups());
                    list.setAll(loaded.observations());
                    if (then != null) {
                        then.accept(selectId == null ? null
                                : loaded.observations().stream().filter(o -> o.id() == selectId).findFirst().orElse(null));
                    }
                }, this::fail);
    }

    /** Saves the form: a new draft point when {@code editing} is null; a change to an adopted one asks why first. */
    public void save(Observation editing, ObservationDraft draft, Consumer<Observation> saved) {
        if (cycle == null) {
            return;
        }
        problem.set("");
        ObservationDraft checked;
        List<Integer> articles;
        try {
            checked = draft.validate();
            articles = checked.articleNumbers();
        } catch (WorkbenchException refused) {
            problem.set(messages.describe(refused));
            return;
        }
        String reason = null;
        if (editing != null && ObservationService.needsReason(editing, checked, articles)) {
            var given = dialogs.askRequiredText(messages.format("review.observation.reasonTitle", editing.number()),
                    messages.get("review.observation.reasonQuestion"), messages.get("review.observation.reasonRequired"));
            if (given.isEmpty()) {
                return;
            }
            reason = given.get();
        }
        long cycleId = cycle.id();
        String why = reason;
        tasks.submit(() -> editing == null ? observations.add(cycleId, checked, username)
                : observations.update(editing.id(), editing.version(), checked, why, username), o -> {
                    status.set(messages.format(editing == null ? "review.observation.added" : "review.observation.saved", o.number()));
                    reload(o.id(), saved);
                }, this::refuse);
    }

    public void translationChecked(Observation o, Consumer<Observation> done) {
        problem.set("");
        tasks.submit(() -> observations.translationChecked(o.id(), o.version(), username), r -> {
            status.set(messages.format("review.translation.followsDone", r.number()));
            reload(r.id(), done);
        }, this::refuse);
    }

    /** Deletes a draft point, after asking. */
    public void delete(Observation o, Runnable done) {
        problem.set("");
        if (dialogs.choose(messages.get("review.observation.deleteTitle"), messages.format("review.observation.deleteQuestion", o.number()),
                List.of(messages.get("review.observation.delete"), messages.get("dialog.cancel"))) != 0) {
            return;
        }
        tasks.submit(() -> {
            observations.deleteDraft(o.id(), o.version(), username);
            return o;
        }, r -> {
            status.set(messages.format("review.observation.deleted", r.number()));
            reload(null, x -> done.run());
        }, this::refuse);
    }

    /** Adopts every draft on {@code on}, after asking: from then on anyone may read them, and a change needs a reason. */
    public void adopt(LocalDate on) {
        if (cycle == null) {
            return;
        }
        problem.set("");
        long drafts = list.stream().filter(Observation::draft).count();
        if (drafts == 0) {
            problem.set(messages.get("review.observation.noDrafts"));
            return;
        }
        if (on == null) {
            problem.set(messages.get("review.observation.adoptedOnMissing"));
            return;
        }
        if (dialogs.choose(messages.get("review.observation.adoptTitle"),
                messages.format("review.observation.adoptQuestion", drafts, DateFormats.date(on, messages.language())),
                List.of(messages.get("review.observation.adopt"), messages.get("dialog.cancel"))) != 0) {
            return;
        }
        long cycleId = cycle.id();
        tasks.submit(() -> observations.adopt(cycleId, on, username), count -> {
            status.set(messages.format("review.observation.adoptedDone", count));
            reload(null, null);
        }, this::refuse);
    }

    /**
     * Reads the reviewers' document in the background and shows, point by point, what it would add,
     * change and remove, with what the reading could not tell; applies it only when confirmed (and, where
     * it changes adopted points, with the reason asked for).
     */
    public void importDocument() {
        if (cycle == null) {
            return;
        }
        problem.set("");
        var file = dialogs.chooseFile(messages.get("review.observation.import.chooseFile"), List.of("docx"));
        if (file.isEmpty()) {
            return;
        }
        long cycleId = cycle.id();
        status.set(messages.format("review.import.reading", file.get().getFileName().toString()));
        tasks.submit(() -> observations.plan(cycleId, file.get()), plan -> {
            status.set("");
            long changes = plan.stream().filter(p -> p.change() != ObservationService.Change.UNCHANGED).count();
            List<List<String>> rows = new ArrayList<>();
            for (ObservationService.Planned p : plan) {
                ObservationImport.Point read = p.after();
                rows.add(List.of(String.valueOf(p.number()), messages.get(switch (p.change()) {
                    case ADDED -> "review.observation.change.added";
                    case CHANGED -> "review.observation.change.changed";
                    case REMOVED -> "review.observation.change.removed";
                    case UNCHANGED -> "review.observation.change.unchanged";
                }),
                        read == null ? "" : read.group() != null ? read.group().name(messages.language()) : read.heading() == null ? "" : read.heading(),
                        read == null ? ArticleCitations.format(p.before().articles()) : ArticleCitations.format(read.articles()),
                        read == null ? firstWords(p.before().textEn()) : read.firstWords(90),
                        read == null ? "" : String.join("; ", read.flags().stream().sorted().map(f -> messages.get(f.messageKey())).toList())));
            }
            if (changes == 0) {
                dialogs.showInformation(messages.get("review.observation.import.title"), messages.get("review.observation.import.nothing"));
                return;
            }
            int choice = dialogs.chooseAfterTable(messages.format("review.observation.import.previewTitle", plan.size()),
                    messages.format("review.observation.import.preview", count(plan, ObservationService.Change.ADDED),
                            count(plan, ObservationService.Change.CHANGED), count(plan, ObservationService.Change.REMOVED)),
                    List.of(messages.get("review.observation.import.column.no"), messages.get("review.observation.import.column.change"),
                            messages.get("review.observation.import.column.kind"), messages.get("review.observation.import.column.articles"),
                            messages.get("review.observation.import.column.start"), messages.get("review.observation.import.column.flags")),
                    rows, List.of(messages.get("review.observation.import.apply"), messages.get("dialog.cancel")));
            if (choice != 0) {
                return;
            }
            var why = reasonIf(plan.stream().anyMatch(p -> p.change() == ObservationService.Change.CHANGED && p.before().adopted()));
            if (why.isEmpty()) {
                return;
            }
            tasks.submit(() -> observations.apply(cycleId, plan, why.get().orElse(null), username), n -> {
                status.set(messages.format("review.observation.import.done", n));
                reload(null, null);
            }, this::refuse);
        }, failure -> {
            status.set("");
            refuse(failure);
        });
    }

    /** Reads the Chinese translation, shows which points it matches, and sets their Chinese text when confirmed. */
    public void importTranslation() {
        if (cycle == null) {
            return;
        }
        problem.set("");
        var file = dialogs.chooseFile(messages.get("review.observation.import.chooseTranslation"), List.of("docx"));
        if (file.isEmpty()) {
            return;
        }
        long cycleId = cycle.id();
        status.set(messages.format("review.import.reading", file.get().getFileName().toString()));
        tasks.submit(() -> observations.planTranslation(cycleId, file.get()), matched -> {
            status.set("");
            List<List<String>> rows = matched.stream().map(t -> List.of(String.valueOf(t.read().number()),
                    messages.get(t.point() == null ? "review.observation.translation.noPoint" : "review.observation.translation.matched"),
                    t.point() == null ? "" : firstWords(t.point().textEn()), t.read().firstWords(60))).toList();
            long found = matched.stream().filter(t -> t.point() != null).count();
            int choice = dialogs.chooseAfterTable(messages.get("review.observation.translation.title"),
                    messages.format("review.observation.translation.preview", found, matched.size() - found),
                    List.of(messages.get("review.observation.import.column.no"), messages.get("review.observation.import.column.change"),
                            messages.get("review.observation.export.english"), messages.get("review.observation.export.chinese")),
                    rows, List.of(messages.get("review.observation.import.apply"), messages.get("dialog.cancel")));
            if (choice != 0 || found == 0) {
                return;
            }
            var why = reasonIf(matched.stream().anyMatch(t -> t.point() != null && t.point().adopted() && t.point().textZh() != null
                    && !t.point().textZh().equals(t.read().text())));
            if (why.isEmpty()) {
                return;
            }
            tasks.submit(() -> observations.applyTranslation(matched, why.get().orElse(null), username), n -> {
                status.set(messages.format("review.observation.translation.done", n));
                reload(null, null);
            }, this::refuse);
        }, failure -> {
            status.set("");
            refuse(failure);
        });
    }

    /** Asks which edition and, when there are drafts, for whom; then where; writes it in the background and offers to open it. */
    public void export() {
        if (cycle == null) {
            return;
        }
        problem.set("");
        int edition = dialogs.choose(messages.get("review.observation.export.chooseTitle"), messages.get("review.observation.export.chooseEdition"),
                List.of(messages.get("review.observation.export.editionZh"), messages.get("review.observation.export.editionEn"),
                        messages.get("review.observation.export.editionBoth"), messages.get("dialog.cancel")));
        if (edition < 0 || edition > 2) {
            return;
        }
        Audience audience = Audience.PUBLIC;
        if (list.stream().anyMatch(Observation::draft)) {
            int who = dialogs.choose(messages.get("review.observation.export.chooseTitle"), messages.get("review.observation.export.chooseAudience"),
                    List.of(messages.get("review.observation.export.forEveryone"), messages.get("review.observation.export.forSecretariat"),
                            messages.get("dialog.cancel")));
            if (who < 0 || who > 1) {
                return;
            }
            audience = who == 0 ? Audience.PUBLIC : Audience.SECRETARIAT;
        }
        ObservationsDocument.Edition chosenEdition = ObservationsDocument.Edition.values()[edition];
        long cycleId = cycle.id();
        Audience forWhom = audience;
        org.uncacworkbench.ui.DocumentSaves.save(tasks, dialogs, messages, new org.uncacworkbench.ui.DocumentSaves.Texts(
                messages.get("review.observation.export.chooseFile"), messages.format("review.observation.export.fileName", cycle.number(),
                chosenEdition.name().toLowerCase(java.util.Locale.ROOT) + (audience == Audience.SECRETARIAT ? "-secretariat" : "")),
                messages.get("review.observation.export.writing"), messages.get("review.booklet.writtenTitle"), "review.booklet.written",
                messages.get("review.observation.export.notWritten")),
                target -> document.export(cycleId, chosenEdition, forWhom, target, DocxEngine.Progress.NONE), status::set);
    }

    /**
     * The reason for changing adopted points, asked for only when {@code needed}: empty when the user
     * cancelled; otherwise the reason, or none when none was needed.
     */
    private java.util.Optional<java.util.Optional<String>> reasonIf(boolean needed) {
        if (!needed) {
            return java.util.Optional.of(java.util.Optional.empty());
        }
        return dialogs.askRequiredText(messages.get("review.observation.import.reasonTitle"), messages.get("review.observation.reasonQuestion"),
                messages.get("review.observation.reasonRequired")).map(java.util.Optional::of);
    }

    /** A point's earlier versions, read in the background. */
    public void versions(Observation o, Consumer<List<Observation.Version>> into) {
        tasks.submit(() -> observations.versions(o.id()), into, this::fail);
    }

    private static long count(List<ObservationService.Planned> plan, ObservationService.Change change) {
        return plan.stream().filter(p -> p.change() == change).count();
    }

    private static String firstWords(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "…";
    }

    private void refuse(Throwable failure) {
        org.uncacworkbench.ui.Failures.showBeside(problem::set, dialogs, messages, failure);
    }

    private void fail(Throwable failure) {
        org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("warning.notDone"));
    }

    public ObservableList<Observation> observations() {
        return list;
    }

    public ObservableList<ObservationGroup> groups() {
        return groupList;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public LocalDate today() {
        return observations.today();
    }

    public Messages messages() {
        return messages;
    }
}
