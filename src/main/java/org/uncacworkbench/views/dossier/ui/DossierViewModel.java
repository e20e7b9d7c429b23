package org.uncacworkbench.views.dossier.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.uncacworkbench.convention.ArticleRanges;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;
import org.uncacworkbench.views.dossier.ArticleDossier;
import org.uncacworkbench.views.dossier.BriefingBook;
import org.uncacworkbench.views.dossier.DossierService;

/** The article dossier of the chosen cycle and article, read in the background, and the briefing book written from it. */
public final class DossierViewModel {

    private final DossierService dossiers;
    private final BriefingBook book;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObjectProperty<ArticleDossier> dossier = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private BackgroundTasks.Handle reading;

    public DossierViewModel(DossierService dossiers, BriefingBook book, BackgroundTasks tasks, DialogService dialogs, Messages messages) {
        this.dossiers = dossiers;
        this.book = book;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Reads the dossier of an article in a cycle; a reading still under way for another is dropped. */
    public void show(Cycle cycle, Integer article) {
        if (reading != null) {
            reading.cancel();
        }
        dossier.set(null);
        if (cycle == null || article == null) {
            return;
        }
        long cycleId = cycle.id();
        reading = tasks.submit(() -> dossiers.dossier(cycleId, article), dossier::set,
                failure -> org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("warning.notDone")));
    }

    /** Asks where, then writes the briefing book for {@code articles} ("5-14") in {@code language}. */
    public void exportBook(Cycle cycle, String articles, Language language) {
        if (cycle == null) {
            return;
        }
        List<Integer> chosen;
        try {
            chosen = ArticleRanges.parse(articles);
            if (chosen.isEmpty()) {
                throw new WorkbenchException(org.uncacworkbench.i18n.UserMessage.of("dossier.book.noArticles"));
            }
        } catch (WorkbenchException e) {
            dialogs.showWarning(messages.get("dossier.book.notWritten"), messages.describe(e));
            return;
        }
        long cycleId = cycle.id();
        org.uncacworkbench.ui.DocumentSaves.save(tasks, dialogs, messages, new org.uncacworkbench.ui.DocumentSaves.Texts(
                messages.get("dossier.book.chooseFile"), messages.format("dossier.book.fileName", cycle.number(), language.shortCode()),
                messages.get("dossier.loading"), messages.get("dossier.book.export"), "dossier.book.written", messages.get("dossier.book.notWritten")),
                target -> book.export(cycleId, chosen, language, target, DocxEngine.Progress.NONE), status::set);
    }

    public ObjectProperty<ArticleDossier> dossierProperty() {
        return dossier;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public Messages messages() {
        return messages;
    }
}
