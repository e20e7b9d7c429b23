package org.uncacworkbench.panel.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.panel.PanelMember;
import org.uncacworkbench.panel.PanelSession;
import org.uncacworkbench.panel.ReviewPackService;
import org.uncacworkbench.panel.Suggestion;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/** Review packs for a session's articles, members' returned packs, and the suggestions they carried. */
public final class ReviewPacksViewModel {

    private final ReviewPackService packs;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final SimpleObjectProperty<Double> progress = new SimpleObjectProperty<>(-1.0);
    private BackgroundTasks.Handle running;
    private Cycle cycle;

    public ReviewPacksViewModel(ReviewPackService packs, BackgroundTasks tasks, DialogService dialogs, Messages messages, String username) {
        this.packs = packs;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
    }

    public void load(Cycle c) {
        cycle = c;
        reload();
    }

    private void reload() {
        Cycle c = cycle;
        tasks.submit(() -> c == null ? List.<Suggestion>of() : packs.suggestions(c.id()), suggestions::setAll, this::fail);
    }

    /** Writes the session's articles as a pack (chosen file), with progress and Cancel, then opens it. */
    public void export(PanelSession session, Language language) {
        if (session == null || language == null) {
            fail(new WorkbenchException(UserMessage.of("pack.chooseSession")));
            return;
        }
        var target = dialogs.chooseSaveFile(messages.get("pack.exportTitle"),
                messages.format("pack.fileName", session.number(), language.shortCode()), "docx");
        if (target.isEmpty()) {
            return;
        }
        progress.set(0.0);
        running = tasks.submit(p -> packs.exportForSession(session.id(), language, target.get(), DocxEngine.Progress.of(p::report, p::cancelled)),
                progress::set, (Path written) -> {
            progress.set(-1.0);
            status.set(messages.format("pack.exported", written.getFileName().toString()));
            dialogs.open(written);
        }, failure -> {
            progress.set(-1.0);
            fail(failure);
        });
    }

    /** Reads a member's returned pack (chosen file) in the background and reports what it did. */
    public void importPack(PanelMember member, PanelSession session) {
        if (cycle == null || member == null) {
            fail(new WorkbenchException(UserMessage.of("pack.chooseMember")));
            return;
        }
        var file = dialogs.chooseFile(messages.get("pack.importTitle"), List.of("docx"));
        if (file.isEmpty()) {
            return;
        }
        long cycleId = cycle.id();
        Long sessionId = session == null ? null : session.id();
        status.set(messages.format("pack.importing", file.get().getFileName().toString()));
        progress.set(-0.5);
        running = tasks.submit(() -> packs.importPack(cycleId, member.id(), sessionId, file.get(), username), result -> {
            progress.set(-1.0);
            String summary = result.alreadyImported() ? messages.text(result.notes().getFirst())
                    : messages.format("pack.imported", file.get().getFileName().toString(), result.comments(), result.suggestions());
            status.set(summary);
            if (!result.alreadyImported() && !result.notes().isEmpty()) {
                dialogs.showInformation(messages.get("pack.importTitle"), summary + "\n\n"
                        + result.notes().stream().map(messages::text).collect(Collectors.joining("\n")));
            }
            reload();
        }, failure -> {
            progress.set(-1.0);
            status.set("");
            fail(failure);
        });
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
            progress.set(-1.0);
            status.set(messages.get("pack.cancelled"));
        }
    }

    public void accept(Suggestion s) {
        tasks.submit(() -> packs.accept(s.id(), username), revision -> {
            status.set(messages.format("pack.accepted", s.sectionKey(), revision.number()));
            reload();
        }, this::fail);
    }

    public void reject(Suggestion s) {
        tasks.submit(() -> {
            packs.reject(s.id(), username);
            return null;
        }, ok -> {
            status.set(messages.format("pack.rejected", s.sectionKey()));
            reload();
        }, this::fail);
    }

    private void fail(Throwable failure) {
        org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("warning.notDone"));
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public SimpleObjectProperty<Double> progressProperty() {
        return progress;
    }
}
