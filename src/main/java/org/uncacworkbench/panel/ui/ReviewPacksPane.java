package org.uncacworkbench.panel.ui;

import static org.uncacworkbench.panel.ui.Forms.grid;
import static org.uncacworkbench.panel.ui.Forms.heading;
import static org.uncacworkbench.panel.ui.Forms.picker;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.panel.PanelMember;
import org.uncacworkbench.panel.PanelSession;
import org.uncacworkbench.panel.Suggestion;
import org.uncacworkbench.panel.TextEdit;

/** Send a session's articles to members as a Word pack; read their returned packs; accept or reject their changes. */
final class ReviewPacksPane {

    private final ReviewPacksViewModel vm;
    private final PanelViewModel panel;
    private final Messages m;

    ReviewPacksPane(ReviewPacksViewModel vm, PanelViewModel panel) {
        this.vm = vm;
        this.panel = panel;
        this.m = vm.messages();
    }

    Node node() {
        Language lang = m.language();
        ComboBox<PanelSession> session = picker("packSession", panel.sessions(), s -> m.format("panel.sessionTitle", s.number(),
                m.get("panel.kind." + s.kind().code())));
        ComboBox<Language> language = picker("packLanguage", FXCollections.observableArrayList(Language.values()), Language::nativeName);
        language.setValue(lang);
        ComboBox<PanelMember> member = picker("packMember", panel.members(), x -> x.name(lang));
        Button export = new Button(m.get("pack.export"));
        export.setId("exportPack");
        export.setOnAction(e -> vm.export(session.getValue(), language.getValue()));
        Button importPack = new Button(m.get("pack.import"));
        importPack.setId("importPack");
        importPack.setOnAction(e -> vm.importPack(member.getValue(), session.getValue()));
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty().bind(vm.progressProperty().isNotEqualTo(-1.0));
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> Math.max(-1.0, vm.progressProperty().get()), vm.progressProperty()));
        Button cancel = new Button(m.get("dialog.cancel"));
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.setId("packStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label hint = new Label(m.get("pack.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        TableView<Suggestion> table = new TableView<>(vm.suggestions());
        table.setId("suggestionTable");
        org.uncacworkbench.ui.Placeholders.empty(table, m.get("pack.empty"));
        table.getColumns().addAll(List.of(
                PanelView.<Suggestion>column(m, "pack.column.section", s -> s.sectionKey() + " " + s.language().shortCode(), 70),
                PanelView.<Suggestion>column(m, "pack.column.member", s -> panel.members().stream().filter(x -> x.id() == s.memberId())
                        .findFirst().map(x -> x.name(lang)).orElse(""), 90),
                PanelView.<Suggestion>column(m, "pack.column.paragraph", s -> String.valueOf(s.paragraph()), 50),
                PanelView.<Suggestion>column(m, "pack.column.change", ReviewPacksPane::change, 420),
                PanelView.<Suggestion>column(m, "pack.column.status", s -> m.get("pack.status." + s.status().code())
                        + (s.revisionNo() == null ? "" : m.format("pack.asRevision", s.revisionNo())), 110)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        var selected = table.getSelectionModel().selectedItemProperty();
        Button accept = new Button(m.get("pack.accept"));
        accept.setId("acceptSuggestion");
        accept.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().status() != Suggestion.Status.PENDING, selected));
        accept.setOnAction(e -> vm.accept(selected.get()));
        Button reject = new Button(m.get("pack.reject"));
        reject.setId("rejectSuggestion");
        reject.disableProperty().bind(accept.disableProperty());
        reject.setOnAction(e -> vm.reject(selected.get()));
        Label detail = new Label();
        detail.setId("suggestionDetail");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null ? ""
                : m.format("pack.detail", selected.get().before(), selected.get().after()), selected));

        VBox box = new VBox(10, heading(m, "pack.title"), hint,
                grid(m, "pack.field.session", session, "pack.field.language", language, "pack.field.member", member),
                new HBox(8, export, importPack, progress, cancel), status,
                heading(m, "pack.suggestions"), table, detail, new HBox(8, accept, reject));
        box.setPadding(new Insets(12));
        return box;
    }

    /** The changed stretch with a little text either side: …並每〔季 → 月〕公開統計。 */
    static String change(Suggestion s) {
        TextEdit edit = TextEdit.between(s.before(), s.after());
        String left = edit.left(10);
        String right = edit.right(10);
        return (left.length() < edit.prefix() ? "…" : "") + left + "〔" + edit.deleted() + " → " + edit.inserted() + "〕" + right
                + (right.length() < edit.suffix() ? "…" : "");
    }
}
