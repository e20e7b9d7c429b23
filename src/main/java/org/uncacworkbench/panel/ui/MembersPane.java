package org.uncacworkbench.panel.ui;

import static org.uncacworkbench.panel.ui.Forms.blank;
import static org.uncacworkbench.panel.ui.Forms.grid;
import static org.uncacworkbench.panel.ui.Forms.heading;
import static org.uncacworkbench.panel.ui.Forms.list;
import static org.uncacworkbench.panel.ui.Forms.picker;
import static org.uncacworkbench.panel.ui.Forms.text;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.panel.Conflict;
import org.uncacworkbench.panel.PanelMember;
import org.uncacworkbench.panel.PanelService;
import org.uncacworkbench.panel.Sector;

/** The cycle's panel members with how often each has chaired, their details and declared conflicts. */
final class MembersPane {

    private final PanelViewModel vm;
    private final Messages m;
    private final Language lang;
    private final TableView<PanelService.ChairCount> table;
    private final ObservableList<Conflict> memberConflicts = FXCollections.observableArrayList();
    private final TextField nameZh = text("memberNameZh");
    private final TextField nameEn = text("memberNameEn");
    private final TextField affZh = text("memberAffiliationZh");
    private final TextField affEn = text("memberAffiliationEn");
    private final ComboBox<Sector> sector;
    private final TextField email = text("memberEmail");
    private final TextField phone = text("memberPhone");
    private final DatePicker joined = new DatePicker();
    private final DatePicker left = new DatePicker();
    private PanelMember editing;

    MembersPane(PanelViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        org.uncacworkbench.ui.DatePickers.localize(joined, m);
        org.uncacworkbench.ui.DatePickers.localize(left, m);
        this.lang = m.language();
        sector = picker("memberSector", FXCollections.observableArrayList(Sector.values()), s -> m.get("panel.sector." + s.code()));
        table = new TableView<>(vm.chairCounts());
        table.setId("memberTable");
        org.uncacworkbench.ui.Placeholders.empty(table, m.get("panel.members.empty"));
        table.getColumns().addAll(List.of(
                PanelView.<PanelService.ChairCount>column(m, "panel.column.name", c -> c.member().name(lang), 120),
                PanelView.<PanelService.ChairCount>column(m, "panel.column.affiliation", c -> blank(c.member().affiliation(lang)), 240),
                PanelView.<PanelService.ChairCount>column(m, "panel.column.sector", c -> m.get("panel.sector." + c.member().sector().code()), 100),
                PanelView.<PanelService.ChairCount>column(m, "panel.column.chaired", c -> String.valueOf(c.times()), 70),
                PanelView.<PanelService.ChairCount>column(m, "panel.column.lastChaired",
                        c -> c.last().map(d -> DateFormats.date(d, lang)).orElse("—"), 110),
                PanelView.<PanelService.ChairCount>column(m, "panel.column.term", c -> term(c.member()), 180)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> edit(c == null ? null : c.member()));
        vm.conflicts().subscribe(this::showConflicts);
    }

    private String term(PanelMember p) {
        if (p.joinedOn() == null && p.leftOn() == null) {
            return "";
        }
        return DateFormats.date(p.joinedOn(), lang) + " – " + DateFormats.date(p.leftOn(), lang);
    }

    Node node() {
        joined.setId("memberJoined");
        left.setId("memberLeft");
        Button add = new Button(m.get("panel.newMember"));
        add.setId("newMember");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            edit(null);
        });
        Button save = new Button(m.get("panel.saveMember"));
        save.setId("saveMember");
        save.setOnAction(e -> vm.saveMember(new PanelMember(editing == null ? 0 : editing.id(), 0, nameZh.getText(), nameEn.getText(),
                affZh.getText(), affEn.getText(), sector.getValue(), email.getText(), phone.getText(), joined.getValue(), left.getValue())));
        Button delete = new Button(m.get("panel.deleteMember"));
        delete.setId("deleteMember");
        delete.setOnAction(e -> {
            if (editing != null) {
                vm.deleteMember(editing);
            }
        });
        ListView<Conflict> conflicts = list("conflictList", memberConflicts, c -> c.article() != null
                ? m.format("panel.conflictArticle", c.article(), blank(c.note())) : m.format("panel.conflictAgency", c.agencyCode(), blank(c.note())));
        conflicts.setPrefHeight(100);
        TextField article = text("conflictArticle");
        TextField agency = text("conflictAgency");
        TextField note = text("conflictNote");
        Button addConflict = new Button(m.get("panel.addConflict"));
        addConflict.setId("addConflict");
        addConflict.setOnAction(e -> {
            if (editing != null) {
                vm.addConflict(editing, article.getText(), agency.getText(), note.getText());
                article.clear();
                agency.clear();
                note.clear();
            }
        });
        Button removeConflict = new Button(m.get("panel.removeConflict"));
        removeConflict.setId("removeConflict");
        removeConflict.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        removeConflict.setOnAction(e -> vm.removeConflict(conflicts.getSelectionModel().getSelectedItem()));
        VBox conflictBox = new VBox(8, heading(m, "panel.conflicts"), conflicts, removeConflict,
                grid(m, "panel.field.article", article, "panel.field.agency", agency, "panel.field.note", note), addConflict);
        conflictBox.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        VBox form = new VBox(10, heading(m, "panel.member"),
                grid(m, "panel.field.nameZh", nameZh, "panel.field.nameEn", nameEn, "panel.field.affiliationZh", affZh,
                        "panel.field.affiliationEn", affEn, "panel.field.sector", sector, "panel.field.email", email,
                        "panel.field.phone", phone, "panel.field.joined", joined, "panel.field.left", left),
                new HBox(8, save, delete), conflictBox);
        form.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox leftSide = new VBox(8, new HBox(8, add), table);
        leftSide.setPadding(new Insets(8));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(leftSide, scroll);
        split.setDividerPositions(0.6);
        edit(null);
        return split;
    }

    private void edit(PanelMember p) {
        editing = p;
        nameZh.setText(p == null ? "" : blank(p.nameZh()));
        nameEn.setText(p == null ? "" : blank(p.nameEn()));
        affZh.setText(p == null ? "" : blank(p.affiliationZh()));
        affEn.setText(p == null ? "" : blank(p.affiliationEn()));
        sector.setValue(p == null ? Sector.ACADEMIA : p.sector());
        email.setText(p == null ? "" : blank(p.email()));
        phone.setText(p == null ? "" : blank(p.phone()));
        joined.setValue(p == null ? null : p.joinedOn());
        left.setValue(p == null ? null : p.leftOn());
        showConflicts();
    }

    private void showConflicts() {
        memberConflicts.setAll(editing == null ? List.of() : vm.conflicts().stream().filter(c -> c.memberId() == editing.id()).toList());
    }
}
