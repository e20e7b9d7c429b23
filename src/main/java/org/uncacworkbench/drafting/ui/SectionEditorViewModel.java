package org.uncacworkbench.drafting.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uncacworkbench.convention.ConventionService;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.drafting.RecoveryRepository;
import org.uncacworkbench.drafting.RecoveryService;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.drafting.RevisionService;
import org.uncacworkbench.drafting.SectionDocument;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.drafting.SectionStatus;
import org.uncacworkbench.drafting.SectionSummary;
import org.uncacworkbench.drafting.TextDiff;
import org.uncacworkbench.drafting.TranslationService;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/**
 * The drafting page's state: the cycle's sections, the open section's text in both languages (and
 * whether it differs from what is saved), its history and translation state, and the commands.
 */
public final class SectionEditorViewModel {

    private final SectionService sections;
    private final RevisionService revisions;
    private final TranslationService translations;
    private final RecoveryService recovery;
    private final ConventionService convention;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;

    private final ObservableList<SectionSummary> sectionList = FXCollections.observableArrayList();
    private final ObjectProperty<Set<String>> behindKeys = new SimpleObjectProperty<>(Set.of());
    private final BooleanProperty behindOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<SectionDocument> document = new SimpleObjectProperty<>();
    private final Map<Language, StringProperty> texts = new EnumMap<>(Language.class);
    private final ObjectProperty<Optional<RecoveryRepository.Copy>> recovered = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty status = new SimpleStringProperty("");
    private long cycleId = -1;
    private String pendingKey;
    private Runnable afterOpen;

    public SectionEditorViewModel(SectionService sections, RevisionService revisions, TranslationService translations,
                                  RecoveryService recovery, ConventionService convention, BackgroundTasks tasks,
                                  DialogService dialogs, Messages messages, String username) {
        this.sections = sections;
        this.revisions = revisions;
        this.translations = translations;
        this.recovery = recovery;
        this.convention = convention;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
        for (Language l : Language.values()) {
            texts.put(l, new SimpleStringProperty(""));
        }
    }

    /** The section's title as the report heads it: 第十四條　預防洗錢措施, or the front matter's name. */
    public String title(SectionSummary s) {
        if (s.articleNumber() != null) {
            return convention.article(s.articleNumber()).map(a -> a.heading(messages.language())).orElse(s.key());
        }
        return messages.get("section." + s.key());
    }

    public void load(Cycle cycle) {
        if (cycle == null) {
            return;
        }
        cycleId = cycle.id();
        refreshList();
    }

    /** Opens a section by key (once the list is there), then runs {@code then} with it shown. */
    public void openKey(String key, Runnable then) {
        afterOpen = then;
        var summary = sectionList.stream().filter(s -> s.key().equals(key)).findFirst();
        if (summary.isPresent()) {
            open(summary.get());
        } else {
            pendingKey = key;
        }
    }

    /** Opens a section; unsaved text of the one open now is kept for recovery first, never dropped. */
    public void open(SectionSummary summary) {
        if (summary == null) {
            return;
        }
        keepUnsaved();
        tasks.submit(() -> {
            long id = sections.sectionId(cycleId, summary.key()).orElseThrow();
            SectionDocument doc = sections.open(id);
            Optional<RecoveryRepository.Copy> copy = recovery.pending(username).stream()
                    .filter(c -> c.sectionId() == id).findFirst();
            return new Object[] {doc, copy};
        }, loaded -> {
            @SuppressWarnings("unchecked") Optional<RecoveryRepository.Copy> copy = (Optional<RecoveryRepository.Copy>) loaded[1];
            show((SectionDocument) loaded[0]);
            recovered.set(copy);
            if (afterOpen != null) {
                Runnable then = afterOpen;
                afterOpen = null;
                then.run();
            }
        }, this::fail);
    }

    private void show(SectionDocument doc) {
        document.set(doc);
        for (Language l : Language.values()) {
            texts.get(l).set(saved(l));
        }
        status.set(doc.section().updatedBy() == null ? ""
                : messages.format("editor.lastChange", doc.section().updatedBy(), org.uncacworkbench.i18n.DateFormats.date(doc.section().updatedAt().toLocalDate(), messages.language())));
    }

    private String saved(Language l) {
        SectionDocument doc = document.get();
        return doc == null ? "" : doc.text(l).map(Revision::body).orElse("");
    }

    public boolean isDirty(Language l) {
        return document.get() != null && !texts.get(l).get().replace("\r\n", "\n").equals(saved(l));
    }

    public boolean isDirty() {
        return isDirty(Language.ZH_TW) || isDirty(Language.EN);
    }

    private javafx.beans.binding.BooleanBinding dirty;

    /** Whether either language has typing not yet saved: the page marks the section while it does. */
    public javafx.beans.binding.BooleanBinding dirtyProperty() {
        if (dirty == null) {
            dirty = javafx.beans.binding.Bindings.createBooleanBinding(this::isDirty, texts.get(Language.ZH_TW), texts.get(Language.EN), document);
        }
        return dirty;
    }

    /** Saves both languages where changed; each save is a revision. */
    public void save() {
        SectionDocument doc = document.get();
        if (doc == null || !isDirty()) {
            status.set(messages.get("editor.nothingToSave"));
            return;
        }
        Map<Language, String> toSave = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            if (isDirty(l)) {
                toSave.put(l, texts.get(l).get());
            }
        }
        long id = doc.section().id();
        tasks.submit(() -> {
            for (var e : toSave.entrySet()) {
                revisions.save(id, e.getKey(), e.getValue(), doc.baseRevision(e.getKey()), username);
            }
            return sections.open(id);
        }, saved -> {
            document.set(saved);
            // keep what was typed meanwhile; only the saved languages now match
            status.set(messages.format("editor.saved", toSave.keySet().stream().map(Language::nativeName).collect(Collectors.joining("、"))));
            recovered.set(Optional.empty());
            refreshList();
        }, this::fail);
    }

    /** Every few seconds: keep what is typed but not saved, so a crash loses nothing. */
    public void keepUnsaved() {
        SectionDocument doc = document.get();
        if (doc == null) {
            return;
        }
        for (Language l : Language.values()) {
            if (isDirty(l)) {
                String text = texts.get(l).get();
                int base = doc.baseRevision(l);
                tasks.submit(() -> {
                    recovery.keep(doc.section().id(), l, username, text, base);
                    return null;
                }, ok -> { }, this::fail);
            }
        }
    }

    public void applyRecovered() {
        recovered.get().ifPresent(c -> texts.get(c.language()).set(c.body()));
        recovered.set(Optional.empty());
    }

    public void discardRecovered() {
        recovered.get().ifPresent(c -> tasks.submit(() -> {
            recovery.discard(c.sectionId(), c.language(), username);
            return null;
        }, ok -> recovered.set(Optional.empty()), this::fail));
    }

    /**
     * Moves the section to another status; leaving "final" asks for the reason. Returns false when
     * nothing was asked of the service (no section, same status, reason cancelled).
     */
    public boolean changeStatus(SectionStatus to) {
        SectionDocument doc = document.get();
        if (doc == null || doc.section().status() == to) {
            return false;
        }
        String reason = null;
        if (doc.section().isFinal()) {
            Optional<String> given = dialogs.askRequiredText(messages.get("editor.reopenTitle"), messages.get("editor.reopenReason"),
                    messages.get("editor.reasonRequired"));
            if (given.isEmpty()) {
                return false;
            }
            reason = given.get();
        } else if (to == SectionStatus.FINAL) {
            // final is read-only until reopened with a reason: asked first, and told what is missing
            List<String> missing = new java.util.ArrayList<>();
            for (Language l : Language.values()) {
                if (doc.text(l).map(r -> r.body().isBlank()).orElse(true)) {
                    missing.add(messages.get("editor.finalMissing." + l.shortCode()));
                }
            }
            String question = messages.get("editor.confirmFinal") + (missing.isEmpty() ? "" : "\n\n" + String.join("\n", missing));
            if (dialogs.choose(messages.get("editor.finalTitle"), question,
                    List.of(messages.get("editor.markFinal"), messages.get("dialog.cancel"))) != 0) {
                return false;
            }
        }
        String why = reason;
        tasks.submit(() -> sections.changeStatus(doc.section().id(), doc.section().version(), to, why, username),
                changed -> {
                    document.set(changed);
                    status.set(messages.format("editor.statusChanged", messages.get(to.messageKey())));
                    refreshList();
                }, failure -> {
                    // the document is unchanged; re-announce it so the status shown is the real one
                    document.set(null);
                    document.set(doc);
                    fail(failure);
                });
        return true;
    }

    /**
     * Reads a .docx or .md into the given language's editor as an unsaved change: the user sees it,
     * can undo it, and saves it like typing. A bad file is refused with the reason; nothing changes.
     */
    public void importInto(Language language, java.util.function.Consumer<String> put) {
        if (document.get() == null || document.get().section().isFinal()) {
            return;
        }
        java.util.Optional<java.nio.file.Path> file = dialogs.chooseFile(messages.get("editor.importTitle"), List.of("docx", "md"));
        file.ifPresent(f -> {
            status.set(messages.format("requests.importing", f.getFileName().toString()));
            tasks.submit(() -> RevisionService.readForImport(f), text -> {
                put.accept(text);
                status.set(messages.format("editor.importedUnsaved", f.getFileName().toString()));
            }, failure -> {
                status.set("");
                fail(failure);
            });
        });
    }

    public void markInSync() {
        SectionDocument doc = document.get();
        if (doc == null) {
            return;
        }
        tasks.submit(() -> {
            translations.markInSync(doc.section().id(), username);
            return sections.open(doc.section().id());
        }, synced -> {
            document.set(synced);
            status.set(messages.get("editor.markedInSync"));
            refreshList();
        }, this::fail);
    }

    public void history(Language language, java.util.function.Consumer<List<Revision>> then) {
        SectionDocument doc = document.get();
        if (doc != null) {
            tasks.submit(() -> revisions.history(doc.section().id(), language), then, this::fail);
        }
    }

    public void compare(Revision a, Revision b, java.util.function.Consumer<List<TextDiff.Row>> then) {
        tasks.submit(() -> revisions.compare(a.id(), b.id()), then, this::fail);
    }

    public void restore(Revision revision) {
        SectionDocument doc = document.get();
        if (doc == null) {
            return;
        }
        // a restore makes a new revision (the current text stays in the history): asked first, and warned of unsaved typing
        String question = messages.format("editor.confirmRestore", revision.number())
                + (isDirty(revision.language()) ? "\n\n" + messages.get("editor.restoreDiscards") : "");
        if (dialogs.choose(messages.get("editor.restoreTitle"), question,
                List.of(messages.get("editor.restoreAnyway"), messages.get("dialog.cancel"))) != 0) {
            return;
        }
        tasks.submit(() -> {
            revisions.restore(revision.id(), username);
            return sections.open(doc.section().id());
        }, restored -> {
            show(restored);
            status.set(messages.format("editor.restored", revision.number()));
            refreshList();
        }, this::fail);
    }

    /** The cycle's sections and which of them have their English behind, read together. */
    private record Listing(List<SectionSummary> sections, Set<String> behind) {
    }

    private void refreshList() {
        if (cycleId < 0) {
            return;
        }
        long cycle = cycleId;
        tasks.submit(() -> new Listing(sections.sections(cycle),
                translations.behindKeys(cycle)), listing -> {
                    behindKeys.set(listing.behind());
                    sectionList.setAll(listing.sections());
                    if (pendingKey != null) {
                        String key = pendingKey;
                        pendingKey = null;
                        listing.sections().stream().filter(s -> s.key().equals(key)).findFirst().ifPresent(this::open);
                    }
                }, this::fail);
    }

    private void fail(Throwable failure) {
        org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("warning.notDone"));
    }

    public ObservableList<SectionSummary> sectionList() {
        return sectionList;
    }

    public ObjectProperty<Set<String>> behindKeysProperty() {
        return behindKeys;
    }

    public BooleanProperty behindOnlyProperty() {
        return behindOnly;
    }

    public ObjectProperty<SectionDocument> documentProperty() {
        return document;
    }

    public StringProperty textProperty(Language language) {
        return texts.get(language);
    }

    public ObjectProperty<Optional<RecoveryRepository.Copy>> recoveredProperty() {
        return recovered;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public Messages messages() {
        return messages;
    }
}
