package org.uncacworkbench.views.export.ui;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.uncacworkbench.convention.ArticleRanges;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.drafting.ReportExporter;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/** What to export (whole report or some articles, which language, where) and the running export. */
public final class ExportViewModel {

    private final ReportExporter exporter;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty articles = new SimpleStringProperty("");
    private final ObjectProperty<Language> language;
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty template = new SimpleStringProperty("");
    private final ObjectProperty<ReportExporter.Kind> kind = new SimpleObjectProperty<>(ReportExporter.Kind.REPORT);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private BackgroundTasks.Handle task;

    private final org.uncacworkbench.cycle.CycleService cycles;
    private final String username;
    private final StringProperty coverTitleZh = new SimpleStringProperty("");
    private final StringProperty coverTitleEn = new SimpleStringProperty("");

    public ExportViewModel(ReportExporter exporter, org.uncacworkbench.cycle.CycleService cycles, BackgroundTasks tasks, DialogService dialogs,
                           Messages messages, String username) {
        this.exporter = exporter;
        this.cycles = cycles;
        this.username = username;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.language = new SimpleObjectProperty<>(messages.language());
    }

    /** Shows the cycle's cover titles as the database has them (blank: the cycle's own title goes on the cover). */
    public void showCycle(Cycle cycle) {
        if (cycle == null) {
            coverTitleZh.set("");
            coverTitleEn.set("");
            return;
        }
        tasks.submit(() -> cycles.cycle(cycle.id()).orElse(cycle), c -> {
            coverTitleZh.set(c.reportTitleZh() == null ? "" : c.reportTitleZh());
            coverTitleEn.set(c.reportTitleEn() == null ? "" : c.reportTitleEn());
        }, failure -> dialogs.showError(messages.get("error.title"), messages.describe(failure)));
    }

    /** Keeps the titles the report's cover carries, in both languages. */
    public void saveCoverTitles(Cycle cycle) {
        if (cycle == null) {
            return;
        }
        String zh = coverTitleZh.get();
        String en = coverTitleEn.get();
        tasks.submit(() -> cycles.setReportTitles(cycle.id(), zh, en, username), c -> {
            coverTitleZh.set(c.reportTitleZh() == null ? "" : c.reportTitleZh());
            coverTitleEn.set(c.reportTitleEn() == null ? "" : c.reportTitleEn());
            status.set(messages.format("export.coverTitlesSaved", c.reportTitle(messages.language())));
        }, failure -> org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("export.coverTitlesFailed")));
    }

    public StringProperty coverTitleZhProperty() {
        return coverTitleZh;
    }

    public StringProperty coverTitleEnProperty() {
        return coverTitleEn;
    }

    public void chooseFile(Cycle cycle) {
        String suggested = (cycle == null ? "report" : cycle.title(language.get())) + (language.get().isChinese() ? "（中文）" : " (English)") + ".docx";
        dialogs.chooseSaveFile(messages.get("export.chooseFile"), suggested, "docx").ifPresent(p -> file.set(p.toString()));
    }

    public void chooseTemplate() {
        dialogs.chooseFile(messages.get("export.chooseTemplate"), java.util.List.of("dotx", "docx")).ifPresent(p -> template.set(p.toString()));
    }

    public void export(Cycle cycle) {
        if (cycle == null || running.get()) {
            return;
        }
        Set<Integer> chosen;
        try {
            chosen = new HashSet<>(ArticleRanges.parse(articles.get()));
        } catch (WorkbenchException e) {
            dialogs.showWarning(messages.get("export.notWritten"), messages.describe(e));
            return;
        }
        String target = file.get() == null ? "" : file.get().strip();
        if (target.isEmpty()) {
            dialogs.showWarning(messages.get("export.notWritten"), messages.get("export.noFile"));
            return;
        }
        Path path = Path.of(target.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? target : target + ".docx");
        Language lang = language.get();
        Path templatePath = template.get() == null || template.get().isBlank() ? null : Path.of(template.get().strip());
        running.set(true);
        progress.set(0);
        written.set(null);
        status.set(messages.get("export.running"));
        ReportExporter.Kind what = kind.get();
        java.util.List<String> warnings = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        task = tasks.submit(p -> {
            DocxEngine.Progress progressOf = DocxEngine.Progress.of(p::report, p::cancelled, w -> warnings.add(messages.text(w)));
            return what == ReportExporter.Kind.REVIEW_PACK
                    ? exporter.exportReviewPack(cycle.number(), lang, chosen, path, progressOf)
                    : exporter.export(cycle.number(), lang, chosen, templatePath, path, progressOf);
        }, progress::set, done -> {
            running.set(false);
            progress.set(1);
            written.set(done);
            status.set(messages.format("export.done", done.toString()));
            if (!warnings.isEmpty()) {
                // the document is complete; what was written other than asked is named, section by section
                dialogs.showInformation(messages.get("export.warningsTitle"), String.join("\n", warnings));
            }
        }, failure -> {
            running.set(false);
            status.set("");
            org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("export.notWritten"));
        });
    }

    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
            running.set(false);
            status.set(messages.get("export.cancelled"));
        }
    }

    public void openWritten() {
        Optional.ofNullable(written.get()).ifPresent(dialogs::open);
    }

    public StringProperty articlesProperty() {
        return articles;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<ReportExporter.Kind> kindProperty() {
        return kind;
    }

    public StringProperty templateProperty() {
        return template;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<Path> writtenProperty() {
        return written;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public Messages messages() {
        return messages;
    }
}
