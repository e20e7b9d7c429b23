package org.uncacworkbench.review.ui;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.review.ParallelReport;
import org.uncacworkbench.review.ParallelReportDraft;
import org.uncacworkbench.review.ParallelReportService;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/**
 * The parallel reports tab: the cycle's reports with their points, the agencies that may answer, and
 * its commands — register or change a report, keep and open its original, split pasted text into
 * points, change a point, answer it, delete it. A refusal is said beside the form.
 */
public final class ParallelReportsViewModel {

    private final ParallelReportService reports;
    private final AgencyService agencies;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;
    private final ObservableList<ParallelReport> list = FXCollections.observableArrayList();
    private final ObservableList<Agency> agencyList = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private Cycle cycle;

    public ParallelReportsViewModel(ParallelReportService reports, AgencyService agencies, BackgroundTasks tasks, DialogService dialogs,
                                    Messages messages, String username) {
        this.reports = reports;
        this.agencies = agencies;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
    }

    private record Loaded(List<ParallelReport> reports, List<Agency> agencies) {
    }

    public void load(Cycle c) {
        cycle = c;
        reload(null, null);
    }

    private void reload(Long selectId, Consumer<ParallelReport> then) {
        Cycle c = cycle;
        tasks.submit(() -> new Loaded(c == null ? List.of() : reports.reports(c.id()), agencies.agencies()), loaded -> {
            agencyList.setAll(loaded.agencies().stream().filter(Agency::active).toList());
            list.setAll(loaded.reports());
            if (then != null && selectId != null) {
                loaded.reports().stream().filter(r -> r.id() == selectId).findFirst().ifPresent(then);
            }
        }, this::fail);
    }

    /** Registers a new report (asking for its original file first, which may be skipped) or saves the one chosen. */
    public void save(ParallelReport editing, ParallelReportDraft draft, Consumer<ParallelReport> saved) {
        if (cycle == null) {
            return;
        }
        problem.set("");
        long cycleId = cycle.id();
        tasks.submit(() -> editing == null ? reports.register(cycleId, draft, null, username)
                : reports.update(editing.id(), editing.version(), draft, username), r -> {
                    status.set(messages.format(editing == null ? "review.parallel.registered" : "review.parallel.saved", r.organisation(messages.language())));
                    reload(r.id(), saved);
                }, this::refuse);
    }

    /** Keeps the report's original file (any format) in the database. */
    public void keepOriginal(ParallelReport r, Consumer<ParallelReport> done) {
        problem.set("");
        var file = dialogs.chooseFile(messages.get("review.parallel.chooseOriginal"), List.of("pdf", "docx", "doc", "odt", "txt", "md"));
        if (file.isEmpty()) {
            return;
        }
        tasks.submit(() -> reports.attachOriginal(r.id(), file.get(), username), k -> {
            status.set(messages.format("review.parallel.originalKept", file.get().getFileName().toString()));
            reload(k.id(), done);
        }, this::refuse);
    }

    /** Writes the kept original into a temporary folder and opens it with the system's program. */
    public void openOriginal(ParallelReport r) {
        problem.set("");
        tasks.submit(() -> reports.writeOriginal(r.id(), Files.createTempDirectory("uncac-original")), dialogs::open, this::refuse);
    }

    public void split(ParallelReport r, String text, Consumer<ParallelReport> done) {
        problem.set("");
        tasks.submit(() -> reports.split(r.id(), text, username), added -> {
            status.set(messages.format("review.parallel.split", added.size()));
            reload(r.id(), done);
        }, this::refuse);
    }

    public void savePoint(ParallelReport r, ParallelReport.Point p, String articles, String en, String zh, Consumer<ParallelReport> done) {
        problem.set("");
        tasks.submit(() -> reports.savePoint(r.id(), p.id(), articles, en, zh, username), x -> {
            status.set(messages.format("review.parallel.pointSaved", p.number()));
            reload(r.id(), done);
        }, this::refuse);
    }

    public void answer(ParallelReport r, ParallelReport.Point p, Agency agency, String text, Consumer<ParallelReport> done) {
        problem.set("");
        tasks.submit(() -> reports.answer(r.id(), p.id(), agency == null ? null : agency.id(), text, username), x -> {
            status.set(messages.format("review.parallel.answerSaved", p.number()));
            reload(r.id(), done);
        }, this::refuse);
    }

    /** Deletes a point after asking. */
    public void deletePoint(ParallelReport r, ParallelReport.Point p, Consumer<ParallelReport> done) {
        problem.set("");
        if (dialogs.choose(messages.get("review.parallel.deleteTitle"), messages.format("review.parallel.deleteQuestion", p.number()),
                List.of(messages.get("review.parallel.delete"), messages.get("dialog.cancel"))) != 0) {
            return;
        }
        tasks.submit(() -> reports.deletePoint(r.id(), p.id(), username), x -> {
            status.set(messages.format("review.parallel.deleted", p.number()));
            reload(r.id(), done);
        }, this::refuse);
    }

    private void refuse(Throwable failure) {
        org.uncacworkbench.ui.Failures.showBeside(problem::set, dialogs, messages, failure);
    }

    private void fail(Throwable failure) {
        org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("warning.notDone"));
    }

    public ObservableList<ParallelReport> reports() {
        return list;
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
        return reports.today();
    }

    public Messages messages() {
        return messages;
    }
}
