package org.uncacworkbench.drafting.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.drafting.SectionDocument;
import org.uncacworkbench.drafting.SectionLocation;
import org.uncacworkbench.ui.markdown.EditorPane;
import org.uncacworkbench.drafting.SectionStatus;
import org.uncacworkbench.drafting.SectionSummary;
import org.uncacworkbench.drafting.TranslationState;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.PageView;

/**
 * Drafting: the cycle's sections on the left; on the right the open section in Chinese and English,
 * each a Markdown editor beside its live preview, with status, translation state, history,
 * comparison and restore.
 */
public final class SectionEditorView implements PageView {

    /** How often unsaved typing is kept for recovery. */
    public static final long AUTOSAVE_MILLIS = 5000;
    static final Duration AUTOSAVE = Duration.millis(AUTOSAVE_MILLIS);

    private final SectionEditorViewModel vm;
    private final Messages m;
    private final BackgroundTasks tasks;
    private final BorderPane root = new BorderPane();
    private final ListView<SectionSummary> list = new ListView<>();
    private final Map<Language, EditorPane> editors = new EnumMap<>(Language.class);
    private final TabPane tabs = new TabPane();
    private final Label title = new Label();
    /** "Unsaved changes" beside the title while either language has typing not yet saved. */
    private final Label unsaved = new Label();
    /** A final section: read-only, so Save and Import have nothing to act on. */
    private final javafx.beans.property.BooleanProperty finalShown = new javafx.beans.property.SimpleBooleanProperty();
    /** The section shown last, so that a comparison of another section's revisions is closed. */
    private String shownKey;
    private final ComboBox<SectionStatus> statusPicker = new ComboBox<>();
    private final VBox banners = new VBox(4);
    private final HistoryPane history;
    private final Timeline autosave;
    private final Subscription subscriptions;
    private boolean showing;

    /** Opens an article's dossier (cycle number, article) on the Convention page. */
    private final java.util.function.ObjIntConsumer<Integer> openDossier;
    private final ObservableValue<Cycle> cycle;

    public SectionEditorView(SectionEditorViewModel vm, ObservableValue<Cycle> cycle, BackgroundTasks tasks,
                             javafx.beans.property.ObjectProperty<SectionLocation> openRequest,
                             java.util.function.ObjIntConsumer<Integer> openDossier) {
        this.openDossier = openDossier;
        this.cycle = cycle;
        this.vm = vm;
        this.m = vm.messages();
        this.tasks = tasks;
        root.setId("draftingPage");
        history = new HistoryPane(vm, tabs, this::currentLanguage);
        root.setLeft(sectionList());
        root.setCenter(editorArea());
        autosave = new Timeline(new KeyFrame(AUTOSAVE, e -> {
            if (vm.isDirty()) {
                vm.keepUnsaved();
            }
        }));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        subscriptions = cycle.subscribe(vm::load)
                .and(vm.documentProperty().subscribe(this::showDocument))
                .and(vm.recoveredProperty().subscribe(r -> showBanners()))
                .and(openRequest.subscribe(location -> {
                    if (location != null) {
                        openRequest.set(null); // consumed
                        vm.openKey(location.sectionKey(), () -> reveal(location));
                    }
                }));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        autosave.stop();
        vm.keepUnsaved(); // leaving the page never loses typing
        subscriptions.unsubscribe();
        editors.values().forEach(EditorPane::dispose);
    }

    private Node sectionList() {
        ToggleButton behind = new ToggleButton(m.get("editor.behindOnly"));
        behind.setId("behindOnly");
        behind.selectedProperty().bindBidirectional(vm.behindOnlyProperty());
        FilteredList<SectionSummary> filtered = new FilteredList<>(vm.sectionList());
        Runnable refilter = () -> filtered.setPredicate(s -> !vm.behindOnlyProperty().get() || vm.behindKeysProperty().get().contains(s.key()));
        vm.behindOnlyProperty().addListener((o, a, b) -> refilter.run());
        vm.behindKeysProperty().addListener((o, a, b) -> refilter.run());
        list.setItems(filtered);
        list.setId("sectionList");
        list.setCellFactory(l -> new SectionCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            if (s != null && (vm.documentProperty().get() == null || !vm.documentProperty().get().section().key().equals(s.key()))) {
                vm.open(s);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, behind, list);
        left.setPadding(new Insets(10));
        left.setPrefWidth(340);
        left.setMinWidth(260);
        return left;
    }

    private Node editorArea() {
        title.getStyleClass().add("article-heading");
        title.setId("editorTitle");
        statusPicker.setId("statusPicker");
        statusPicker.getItems().setAll(SectionStatus.values());
        statusPicker.setCellFactory(l -> new StatusCell());
        statusPicker.setButtonCell(new StatusCell());
        statusPicker.setOnAction(e -> {
            SectionStatus to = statusPicker.getValue();
            if (showing && to != null && !vm.changeStatus(to)) {
                SectionDocument doc = vm.documentProperty().get();
                statusPicker.setValue(doc == null ? null : doc.section().status()); // cancelled: show the status it kept
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label statusLabel = new Label(m.get("convention.sectionStatus"));
        statusLabel.setMinWidth(Region.USE_PREF_SIZE);
        statusPicker.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(120);
        unsaved.setId("unsavedMarker");
        unsaved.setText(m.get("editor.unsaved"));
        unsaved.getStyleClass().add("badge-behind");
        unsaved.setMinWidth(Region.USE_PREF_SIZE);
        unsaved.visibleProperty().bind(vm.dirtyProperty());
        unsaved.managedProperty().bind(vm.dirtyProperty());
        vm.dirtyProperty().addListener((o, a, b) -> list.refresh()); // the list marks the section too
        HBox header = new HBox(12, title, unsaved, spacer, statusLabel, statusPicker);
        header.setAlignment(Pos.CENTER_LEFT);

        Button save = new Button(m.get("editor.save"));
        save.setId("saveButton");
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(finalShown);
        Button undo = new Button(m.get("editor.undo"));
        undo.setOnAction(e -> current().area().undo());
        Button redo = new Button(m.get("editor.redo"));
        redo.setOnAction(e -> current().area().redo());
        Button find = new Button(m.get("editor.findReplace"));
        find.setOnAction(e -> current().find().show(true));
        ToggleButton historyToggle = new ToggleButton(m.get("editor.history"));
        historyToggle.setId("historyToggle");
        historyToggle.selectedProperty().addListener((o, a, on) -> {
            root.setRight(on ? history : null);
            if (on) {
                history.refresh();
            }
        });
        Button importFile = new Button(m.get("editor.import"));
        importFile.setId("importSection");
        importFile.disableProperty().bind(finalShown);
        // replaceText keeps it one undoable change in the editor, not yet a revision
        importFile.setOnAction(e -> vm.importInto(currentLanguage(), text -> current().area().replaceText(text)));
        Button dossier = new Button(m.get("editor.dossier"));
        dossier.setId("openDossier");
        dossier.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.documentProperty().get() == null
                || vm.documentProperty().get().section().articleNumber() == null, vm.documentProperty()));
        dossier.setOnAction(e -> {
            var doc = vm.documentProperty().get();
            if (doc != null && doc.section().articleNumber() != null && cycle.getValue() != null) {
                vm.keepUnsaved(); // leaving the page never loses typing
                openDossier.accept(cycle.getValue().number(), doc.section().articleNumber());
            }
        });
        ToolBar toolbar = new ToolBar(save, undo, redo, find, importFile, historyToggle, dossier);

        for (Language l : Language.values()) {
            // the other language's editor is made when its tab is first shown (or a passage in it is revealed)
            Tab tab = org.uncacworkbench.ui.Tabs.builtWhenShown(new Tab(l.nativeName()), () -> editor(l));
            tab.setId("tab-" + l.shortCode());
            tab.getStyleClass().add(org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE); // each language named in itself
            tab.setClosable(false);
            tab.setUserData(l);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> history.refresh());
        Label status = new Label();
        status.setId("editorStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        VBox top = new VBox(8, header, banners, toolbar);
        top.setPadding(new Insets(10, 12, 0, 12));
        BorderPane area = new BorderPane(tabs, top, null, status, null);
        BorderPane.setMargin(status, new Insets(4, 12, 6, 12));
        Label pick = new Label(m.get("editor.pickSection"));
        pick.getStyleClass().add("placeholder-text");
        area.visibleProperty().bind(vm.documentProperty().isNotNull());
        return new javafx.scene.layout.StackPane(pick, area);
    }

    /** Shows a passage: the language's tab, the text selected and scrolled into view. */
    private void reveal(SectionLocation location) {
        tabs.getTabs().stream().filter(t -> t.getUserData() == location.language()).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        var area = editor(location.language()).area();
        int end = Math.min(area.getLength(), location.offset() + location.length());
        area.selectRange(Math.min(location.offset(), end), end);
        area.requestFollowCaret();
        area.requestFocus();
    }

    private Language currentLanguage() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? Language.ZH_TW : (Language) tab.getUserData();
    }

    private EditorPane current() {
        return editor(currentLanguage());
    }

    /** A language's editor, made the first time it is needed; it follows the section's text from then on. */
    private EditorPane editor(Language language) {
        return editors.computeIfAbsent(language, l -> {
            EditorPane pane = new EditorPane(vm.textProperty(l), l, m, tasks);
            pane.setEditable(!finalShown.get());
            return pane;
        });
    }

    private void shortcuts(KeyEvent e) {
        if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
            vm.save();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
            current().find().show(false);
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN).match(e)) {
            current().find().show(true);
            e.consume();
        }
    }

    private void showDocument(SectionDocument doc) {
        showing = false;
        if (doc != null) {
            SectionSummary summary = vm.sectionList().stream().filter(s -> s.key().equals(doc.section().key())).findFirst().orElse(null);
            title.setText(summary == null ? doc.section().key() : vm.title(summary));
            statusPicker.setValue(doc.section().status());
            editors.values().forEach(p -> p.setEditable(!doc.section().isFinal()));
            finalShown.set(doc.section().isFinal());
            if (!doc.section().key().equals(shownKey)) {
                tabs.getTabs().removeIf(t -> "compareTab".equals(t.getId())); // another section's revisions
                shownKey = doc.section().key();
            }
            if (summary != null && list.getSelectionModel().getSelectedItem() != summary) {
                list.getSelectionModel().select(summary);
            }
        }
        showBanners();
        history.refresh();
        showing = true;
    }

    private void showBanners() {
        banners.getChildren().clear();
        SectionDocument doc = vm.documentProperty().get();
        if (doc == null) {
            return;
        }
        vm.recoveredProperty().get().ifPresent(copy -> {
            Button restore = new Button(m.get("editor.recoverRestore"));
            restore.setId("restoreRecovered");
            restore.setOnAction(e -> vm.applyRecovered());
            Button discard = new Button(m.get("editor.recoverDiscard"));
            discard.setOnAction(e -> vm.discardRecovered());
            banners.getChildren().add(banner("banner-warning", "recoveryBanner",
                    m.format("editor.recovered", copy.language().nativeName(), DateFormats.date(copy.savedAt().toLocalDate(), m.language())),
                    restore, discard));
        });
        if (doc.section().isFinal()) {
            banners.getChildren().add(banner("banner-info", "finalBanner", m.get("editor.finalReadOnly")));
        }
        TranslationState t = doc.translation();
        if (t.status() != TranslationState.Status.UP_TO_DATE && t.status() != TranslationState.Status.NO_CHINESE) {
            String text = t.status() == TranslationState.Status.STALE
                    ? m.format("translation.staleDetail", t.syncedZhRevision(), t.changedParagraphs().toString().replaceAll("[\\[\\]]", ""),
                            t.removedParagraphs())
                    : m.get(t.messageKey());
            Button sync = new Button(m.get("editor.markInSync"));
            sync.setId("markInSync");
            sync.setDisable(doc.en().isEmpty());
            sync.setOnAction(e -> vm.markInSync());
            banners.getChildren().add(banner("banner-warning", "translationBanner", text, sync));
        }
    }

    private static HBox banner(String style, String id, String text, Node... actions) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setId(id + "Text");
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(8, label);
        for (Node action : actions) {
            if (action instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE); // the action must stay readable; the text wraps instead
            }
        }
        box.getChildren().addAll(List.of(actions));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("banner", style);
        box.setId(id);
        return box;
    }

    private final class SectionCell extends ListCell<SectionSummary> {
        @Override
        protected void updateItem(SectionSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            SectionDocument shown = vm.documentProperty().get();
            boolean unsavedHere = shown != null && shown.section().key().equals(s.key()) && vm.isDirty();
            // the cell's own text, wrapped: a list measures a wrapping cell's height for the lines it takes
            Region swatch = new Region();
            swatch.getStyleClass().addAll("status-swatch", "status-" + s.status().code());
            swatch.setMinSize(10, 10); // sizes set here too: the list measures rows on a cell outside the scene, unstyled
            swatch.setPrefSize(10, 10);
            swatch.setMaxSize(10, 10);
            // the English-behind mark is part of the text, so the list counts its lines with it (a badge beside
            // the text was measured narrower than it is shown, and a three-line title was cut)
            boolean behind = vm.behindKeysProperty().get().contains(s.key());
            setText((unsavedHere ? "● " : "") + vm.title(s) + (behind ? "  [" + m.get("editor.enBehindBadge") + "]" : ""));
            setWrapText(true);
            setPrefWidth(0); // as wide as the list, not as the title: the title wraps
            setGraphic(swatch);
        }
    }

    private final class StatusCell extends ListCell<SectionStatus> {
        @Override
        protected void updateItem(SectionStatus s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : m.get(s.messageKey()));
        }
    }

    /** A list of a language's revisions; pick two to compare, or one to restore. */
    static final class HistoryPane extends VBox {
        private final SectionEditorViewModel vm;
        private final TabPane tabs;
        private final java.util.function.Supplier<Language> language;
        private final ListView<Revision> revisions = new ListView<>();
        private final ListView<String> statusChanges = new ListView<>();

        HistoryPane(SectionEditorViewModel vm, TabPane tabs, java.util.function.Supplier<Language> language) {
            super(8);
            this.vm = vm;
            this.tabs = tabs;
            this.language = language;
            Messages m = vm.messages();
            setId("historyPane");
            setPadding(new Insets(10));
            setPrefWidth(300);
            revisions.setId("historyList");
            revisions.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            revisions.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Revision r, boolean empty) {
                    super.updateItem(r, empty);
                    setText(empty || r == null ? null : m.format("history.entry", r.number(),
                            DateFormats.date(r.createdAt().toLocalDate(), m.language()),
                            r.author() == null ? "—" : r.author(), m.get("revisionSource." + r.source())));
                }
            });
            VBox.setVgrow(revisions, Priority.ALWAYS);
            Button compare = new Button(m.get("history.compare"));
            compare.setId("compareButton");
            compare.disableProperty().bind(javafx.beans.binding.Bindings.size(revisions.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
            compare.setOnAction(e -> {
                var picked = List.copyOf(revisions.getSelectionModel().getSelectedItems());
                vm.compare(picked.get(0), picked.get(1), rows -> showComparison(picked.get(1), picked.get(0), rows));
            });
            Button restore = new Button(m.get("history.restore"));
            restore.setId("restoreButton");
            restore.disableProperty().bind(javafx.beans.binding.Bindings.size(revisions.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
            restore.setOnAction(e -> vm.restore(revisions.getSelectionModel().getSelectedItem()));
            Label hint = new Label(m.get("history.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("muted");
            statusChanges.setId("statusHistory");
            statusChanges.setPrefHeight(150);
            getChildren().addAll(new Label(m.get("editor.history")), revisions, hint, new HBox(8, compare, restore),
                    new Label(m.get("editor.statusHistory")), statusChanges);
        }

        void refresh() {
            if (getScene() != null || isVisible()) {
                vm.history(language.get(), revisions.getItems()::setAll);
                Messages m = vm.messages();
                SectionDocument doc = vm.documentProperty().get();
                statusChanges.getItems().setAll(doc == null ? List.of() : doc.statusHistory().reversed().stream()
                        .map(c -> m.format(c.reason() == null ? "editor.statusEntry" : "editor.statusEntryWithReason",
                                DateFormats.date(c.at().toLocalDate(), m.language()), c.by() == null ? "—" : c.by(),
                                c.from() == null ? "—" : m.get(c.from().messageKey()), m.get(c.to().messageKey()),
                                c.reason() == null ? "" : c.reason()))
                        .toList());
            }
        }

        private void showComparison(Revision older, Revision newer, List<org.uncacworkbench.drafting.TextDiff.Row> rows) {
            Messages m = vm.messages();
            Tab tab = tabs.getTabs().stream().filter(t -> "compareTab".equals(t.getId())).findFirst().orElseGet(() -> {
                Tab t = new Tab();
                t.setId("compareTab");
                t.setClosable(true);
                tabs.getTabs().add(t);
                return t;
            });
            Revision a = older.number() < newer.number() ? older : newer;
            Revision b = a == older ? newer : older;
            tab.setText(m.format("compare.tab", a.number(), b.number()));
            tab.setUserData(a.language()); // history and find follow the language being compared
            tab.setContent(DiffView.of(rows, m.format("history.revision", a.number()), m.format("history.revision", b.number())));
            tabs.getSelectionModel().select(tab);
        }
    }
}
