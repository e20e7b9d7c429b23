package org.uncacworkbench.panel.ui;

import static org.uncacworkbench.panel.ui.Forms.area;
import static org.uncacworkbench.panel.ui.Forms.blank;
import static org.uncacworkbench.panel.ui.Forms.grid;
import static org.uncacworkbench.panel.ui.Forms.heading;
import static org.uncacworkbench.panel.ui.Forms.list;
import static org.uncacworkbench.panel.ui.Forms.picker;
import static org.uncacworkbench.panel.ui.Forms.text;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.panel.ActionItem;
import org.uncacworkbench.panel.AgendaItem;
import org.uncacworkbench.panel.AttendanceStatus;
import org.uncacworkbench.panel.ItemKind;
import org.uncacworkbench.panel.PanelMember;
import org.uncacworkbench.panel.PanelSession;
import org.uncacworkbench.panel.Ruling;
import org.uncacworkbench.panel.SessionKind;
import org.uncacworkbench.panel.SessionStatus;

/** One session: its plan and agenda, chair and attendance, comments and rulings, and its minutes. */
final class SessionDetail {

    private final PanelViewModel vm;
    private final Messages m;
    private final Language lang;
    private final TabPane root = new TabPane();
    private final ObservableList<AgendaItem> agenda = FXCollections.observableArrayList();
    private final ObservableList<Ruling> sessionRulings = FXCollections.observableArrayList();
    private final ObservableList<Ruling> tracked = FXCollections.observableArrayList();
    private final VBox chairBox = new VBox(8);
    private final GridPane attendanceGrid = new GridPane();

    SessionDetail(PanelViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        org.uncacworkbench.ui.DatePickers.localize(date, m);
        this.lang = m.language();
        root.setId("sessionDetail");
        root.getTabs().addAll(tab("panel.tab.plan", "planTab", planPane()), tab("panel.tab.chair", "chairTab", chairPane()),
                tab("panel.tab.record", "recordTab", recordPane()), minutesTab());
        vm.sessionProperty().subscribe(this::showSession);
        vm.rulings().subscribe(this::showRulings);
        vm.attendance().subscribe(this::showAttendance);
        vm.members().subscribe(this::showAttendance);
        vm.proposalProperty().subscribe(p -> showChair());
    }

    Node node() {
        return root;
    }

    private Tab tab(String key, String id, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab t = new Tab(m.get(key));
        t.setId(id);
        t.setClosable(false);
        return org.uncacworkbench.ui.Tabs.whenShown(t, scroll);
    }

    /** Buttons read whole, flowing onto a second line when the pane is narrow. */
    private static javafx.scene.layout.FlowPane actionsRow(javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return new javafx.scene.layout.FlowPane(8, 8, nodes);
    }

    /** The minutes' tab: its editor (a code area with a preview) is made the first time the tab is shown. */
    private Tab minutesTab() {
        Tab t = new Tab(m.get("panel.tab.minutes"));
        t.setId("minutesTab");
        t.setClosable(false);
        return org.uncacworkbench.ui.Tabs.builtWhenShown(t, () -> {
            ScrollPane scroll = new ScrollPane(minutesPane());
            scroll.setFitToWidth(true);
            return scroll;
        });
    }

    private String statusName(SessionStatus s) {
        return m.get("panel.sessionStatus." + s.code());
    }

    String kindName(SessionKind k) {
        return m.get("panel.kind." + k.code());
    }

    // --- plan and agenda

    private final ComboBox<SessionKind> kind = picker("sessionKind", FXCollections.observableArrayList(SessionKind.values()), this::kindName);
    private final DatePicker date = new DatePicker();
    private final TextField starts = text("sessionStart");
    private final TextField ends = text("sessionEnd");
    private final TextField venueZh = text("venueZh");
    private final TextField venueEn = text("venueEn");
    private final TextField recorder = text("recorder");
    private final ComboBox<SessionStatus> status = picker("sessionStatus", FXCollections.observableArrayList(SessionStatus.values()),
            this::statusName);
    private final TextArea remarks = area("openingRemarks", 3);
    private final Button save = new Button();
    private final Label planTitle = new Label();

    private Node planPane() {
        date.setId("sessionDate");
        starts.setPromptText("14:00");
        ends.setPromptText("17:00");
        save.setId("saveSession");
        save.setDefaultButton(false);
        save.setOnAction(e -> {
            if (vm.sessionProperty().get() == null) {
                vm.planSession(kind.getValue(), date.getValue(), starts.getText(), ends.getText(), venueZh.getText(), venueEn.getText(),
                        recorder.getText());
            } else {
                vm.updateSession(kind.getValue(), date.getValue(), starts.getText(), ends.getText(), venueZh.getText(), venueEn.getText(),
                        recorder.getText(), remarks.getText(), status.getValue());
            }
        });
        Button delete = new Button(m.get("panel.deleteSession"));
        delete.setId("deleteSession");
        delete.setOnAction(e -> vm.deleteSession());
        delete.disableProperty().bind(vm.sessionProperty().isNull());
        planTitle.getStyleClass().add("section-title");
        GridPane form = grid(m, "panel.field.kind", kind, "panel.field.date", date, "panel.field.starts", starts, "panel.field.ends", ends,
                "panel.field.venueZh", venueZh, "panel.field.venueEn", venueEn, "panel.field.recorder", recorder,
                "panel.field.status", status, "panel.field.remarks", remarks);

        ListView<AgendaItem> items = list("agendaList", agenda, i -> m.format("panel.itemLine", i.number(), m.get("panel.itemKind." + i.kind().code()),
                i.title(lang)));
        items.setPrefHeight(150);
        ComboBox<ItemKind> itemKind = picker("itemKind", FXCollections.observableArrayList(ItemKind.values()), k -> m.get("panel.itemKind." + k.code()));
        itemKind.setValue(ItemKind.DISCUSSION);
        TextField article = text("itemArticle");
        article.setPromptText("14");
        TextField titleZh = text("itemTitleZh");
        TextField titleEn = text("itemTitleEn");
        TextArea explanation = area("itemExplanation", 2);
        Button add = new Button(m.get("panel.addItem"));
        add.setId("addItem");
        add.setOnAction(e -> {
            vm.addItem(itemKind.getValue(), article.getText(), titleZh.getText(), titleEn.getText(), explanation.getText());
            article.clear();
            titleZh.clear();
            titleEn.clear();
            explanation.clear();
        });
        Button remove = new Button(m.get("panel.removeItem"));
        remove.setId("removeItem");
        remove.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.deleteItem(items.getSelectionModel().getSelectedItem()));
        VBox agendaBox = new VBox(8, heading(m, "panel.agenda"), items, remove,
                grid(m, "panel.field.itemKind", itemKind, "panel.field.article", article, "panel.field.titleZh", titleZh,
                        "panel.field.titleEn", titleEn, "panel.field.explanation", explanation), add);
        agendaBox.disableProperty().bind(vm.sessionProperty().isNull());
        VBox box = new VBox(10, planTitle, form, new HBox(8, save, delete), agendaBox);
        box.setPadding(new javafx.geometry.Insets(12));
        return box;
    }

    private void showSession(PanelSession s) {
        agenda.setAll(s == null ? java.util.List.of() : s.agenda());
        if (s == null) {
            planTitle.setText(m.get("panel.newSession"));
            save.setText(m.get("panel.planSession"));
            kind.setValue(SessionKind.ARTICLE_REVIEW);
            date.setValue(null);
            starts.setText("14:00");
            ends.setText("");
            venueZh.clear();
            venueEn.clear();
            recorder.clear();
            status.setValue(SessionStatus.PLANNED);
            remarks.clear();
            status.setDisable(true);
            remarks.setDisable(true);
        } else {
            planTitle.setText(m.format("panel.sessionTitle", s.number(), kindName(s.kind())));
            save.setText(m.get("panel.saveSession"));
            kind.setValue(s.kind());
            date.setValue(s.startsAt().toLocalDate());
            starts.setText(s.startsAt().toLocalTime().toString());
            ends.setText(s.endsAt() == null ? "" : s.endsAt().toLocalTime().toString());
            venueZh.setText(blank(s.venueZh()));
            venueEn.setText(blank(s.venueEn()));
            recorder.setText(blank(s.recorder()));
            status.setValue(s.status());
            remarks.setText(blank(s.openingRemarks()));
            status.setDisable(false);
            remarks.setDisable(false);
        }
        showRulings();
        showChair();
        showAttendance();
    }

    // --- chair and attendance

    private final TextField guestName = text("guestName");
    private final TextField guestAgency = text("guestAgency");

    private Node chairPane() {
        attendanceGrid.setId("attendanceGrid");
        attendanceGrid.setHgap(12);
        attendanceGrid.setVgap(4);
        guestAgency.setPromptText("MJIB");
        Button addGuest = new Button(m.get("panel.addGuest"));
        addGuest.setId("addGuest");
        addGuest.setOnAction(e -> {
            vm.addGuest(guestName.getText(), guestAgency.getText());
            guestName.clear();
            guestAgency.clear();
        });
        VBox box = new VBox(10, heading(m, "panel.chair"), chairBox, heading(m, "panel.attendance"), attendanceGrid,
                grid(m, "panel.field.guestName", guestName, "panel.field.guestAgency", guestAgency), addGuest);
        box.setPadding(new javafx.geometry.Insets(12));
        box.disableProperty().bind(vm.sessionProperty().isNull());
        return box;
    }

    private String memberName(Long id) {
        return vm.members().stream().filter(x -> id != null && x.id() == id).findFirst().map(x -> x.name(lang)).orElse("—");
    }

    private void showChair() {
        PanelSession s = vm.sessionProperty().get();
        chairBox.getChildren().clear();
        if (s == null) {
            return;
        }
        Label current = new Label(m.format("panel.currentChair", s.chairMemberId() != null ? memberName(s.chairMemberId())
                : s.chairGovernment() != null ? s.chairGovernment(lang) : m.get("panel.noChair")));
        current.setId("currentChair");
        chairBox.getChildren().add(current);
        if (s.overrideReason() != null) {
            Label why = new Label(m.format("panel.overrideRecorded", memberName(s.proposedChairId()), s.overrideReason()));
            why.setWrapText(true);
            why.getStyleClass().add("muted");
            chairBox.getChildren().add(why);
        }
        if (!s.kind().memberChairs()) {
            Label rule = new Label(m.get("panel.governmentChairs"));
            rule.setWrapText(true);
            rule.getStyleClass().add("muted");
            TextField name = text("governmentChair");
            name.setText(blank(s.chairGovernment()));
            Button assign = new Button(m.get("panel.assignChair"));
            assign.setId("assignGovernment");
            assign.setOnAction(e -> vm.assignGovernmentChair(name.getText()));
            chairBox.getChildren().addAll(rule, grid(m, "panel.field.governmentChair", name), assign);
            return;
        }
        var proposal = vm.proposalProperty().get();
        if (proposal != null) {
            Label proposed = new Label(proposal.proposed().map(p -> m.format("panel.proposed", p.name(lang),
                    proposal.ranking().getFirst().timesChaired())).orElse(m.get("panel.chair.noCandidate")));
            proposed.setId("proposal");
            proposed.setWrapText(true);
            Button accept = new Button(m.get("panel.acceptProposal"));
            accept.setId("acceptProposal");
            accept.setDisable(proposal.proposed().isEmpty());
            accept.setOnAction(e -> vm.acceptProposal());
            String skipped = proposal.excluded().stream().map(x -> m.format("panel.skipped", x.member().name(lang),
                    m.get("panel.exclusion." + x.reason().name().toLowerCase(java.util.Locale.ROOT)), x.detail())).collect(Collectors.joining("\n"));
            Label skippedLabel = new Label(skipped);
            skippedLabel.setId("skipped");
            skippedLabel.getStyleClass().add("muted");
            chairBox.getChildren().addAll(proposed, accept, skippedLabel);
        }
        ComboBox<PanelMember> other = picker("chairMember", vm.members(), x -> x.name(lang));
        TextField reason = text("overrideReason");
        Button assign = new Button(m.get("panel.assignChair"));
        assign.setId("assignChair");
        assign.setOnAction(e -> vm.assignChair(other.getValue(), reason.getText()));
        chairBox.getChildren().addAll(grid(m, "panel.field.otherChair", other, "panel.field.overrideReason", reason), assign);
    }

    private void showAttendance() {
        attendanceGrid.getChildren().clear();
        PanelSession s = vm.sessionProperty().get();
        if (s == null) {
            return;
        }
        Map<Long, AttendanceStatus> byMember = vm.attendance().stream().filter(a -> a.memberId() != null)
                .collect(Collectors.toMap(a -> a.memberId(), a -> a.status(), (a, b) -> a));
        int row = 0;
        for (PanelMember member : vm.members()) {
            if (!member.servesOn(s.startsAt().toLocalDate())) {
                continue;
            }
            ToggleGroup group = new ToggleGroup();
            HBox choices = new HBox(4);
            for (AttendanceStatus st : new AttendanceStatus[] {AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES}) {
                ToggleButton b = new ToggleButton(m.get("panel.attendance." + st.code()));
                b.setId("attendance-" + member.id() + "-" + st.code());
                b.setToggleGroup(group);
                b.setSelected(byMember.get(member.id()) == st);
                b.setOnAction(e -> vm.setAttendance(member, b.isSelected() ? st : null));
                choices.getChildren().add(b);
            }
            attendanceGrid.addRow(row++, new Label(member.name(lang)), choices);
        }
        vm.attendance().stream().filter(a -> a.memberId() == null).forEach(a -> {
            boolean english = !lang.isChinese() && a.personNameEn() != null && !a.personNameEn().isBlank();
            Label guest = new Label(m.format("panel.guestLine", english ? a.personNameEn() : a.personName(), blank(a.agencyCode())));
            if (!lang.isChinese() && !english) {
                guest.getStyleClass().add(org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE); // the name as given, in Chinese only
            }
            attendanceGrid.addRow(attendanceGrid.getRowCount(), guest, new Label(m.get("panel.attendance.in_attendance")));
        });
    }

    // --- comments, rulings, action items

    private Node recordPane() {
        ComboBox<PanelMember> who = picker("commentMember", vm.members(), x -> x.name(lang));
        ComboBox<AgendaItem> onItem = picker("commentItem", agenda, i -> m.format("panel.itemShort", i.number(), i.title(lang)));
        TextField commentArticle = text("commentArticle");
        commentArticle.setPromptText(m.get("panel.commentArticleHint"));
        TextField paragraph = text("commentParagraph");
        paragraph.setPromptText("2");
        TextArea body = area("commentBody", 3);
        Button addComment = new Button(m.get("panel.addComment"));
        addComment.setId("addComment");
        addComment.setOnAction(e -> {
            vm.addComment(who.getValue(), onItem.getValue(), commentArticle.getText(), paragraph.getText(), body.getText());
            commentArticle.clear();
            body.clear();
            paragraph.clear();
        });
        ListView<org.uncacworkbench.panel.PanelComment> comments = list("commentList", vm.comments(), c -> m.format("panel.commentLine",
                memberName(c.memberId()), c.article() == null ? "" : "A" + c.article(), blank(c.paragraph()), c.body()));
        comments.setPrefHeight(140);

        ComboBox<AgendaItem> rulingItem = picker("rulingItem", agenda, i -> m.format("panel.itemShort", i.number(), i.title(lang)));
        TextArea rulingZh = area("rulingZh", 2);
        TextArea rulingEn = area("rulingEn", 2);
        Button saveRuling = new Button(m.get("panel.saveRuling"));
        saveRuling.setId("saveRuling");
        saveRuling.setOnAction(e -> {
            vm.rule(rulingItem.getValue(), rulingZh.getText(), rulingEn.getText());
            rulingZh.clear();
            rulingEn.clear();
        });
        ListView<Ruling> rulings = list("rulingList", sessionRulings, r -> m.format("panel.rulingLine", r.itemNo(),
                m.get("minutes.ruling." + r.kind().code()), r.text(lang)));
        rulings.setPrefHeight(110);

        ComboBox<ActionItem.Kind> actionKind = picker("actionKind", FXCollections.observableArrayList(ActionItem.Kind.values()),
                k -> m.get("panel.actionKind." + k.code()));
        actionKind.setValue(ActionItem.Kind.REVISE_SECTION);
        TextField description = text("actionDescription");
        TextField article = text("actionArticle");
        TextField user = text("actionUser");
        TextField agency = text("actionAgency");
        DatePicker due = org.uncacworkbench.ui.DatePickers.create(m);
        due.setId("actionDue");
        Button addAction = new Button(m.get("panel.addAction"));
        addAction.setId("addAction");
        addAction.disableProperty().bind(rulings.getSelectionModel().selectedItemProperty().isNull());
        addAction.setOnAction(e -> {
            vm.addAction(rulings.getSelectionModel().getSelectedItem(), actionKind.getValue(), description.getText(), article.getText(),
                    user.getText(), agency.getText(), due.getValue());
            description.clear();
        });

        ListView<Ruling> trackedList = list("trackedList", tracked, r -> m.format("panel.trackedLine", r.sessionNo(), r.itemNo(), r.text(lang),
                m.get(r.tracked() ? "minutes.tracking" : "minutes.released")));
        trackedList.setPrefHeight(110);
        Button release = new Button(m.get("panel.release"));
        release.setId("releaseRuling");
        release.disableProperty().bind(trackedList.getSelectionModel().selectedItemProperty().isNull());
        release.setOnAction(e -> vm.setTracking(trackedList.getSelectionModel().getSelectedItem(), false));
        Button keep = new Button(m.get("panel.keepTracking"));
        keep.setId("keepTracking");
        keep.disableProperty().bind(trackedList.getSelectionModel().selectedItemProperty().isNull());
        keep.setOnAction(e -> vm.setTracking(trackedList.getSelectionModel().getSelectedItem(), true));

        VBox box = new VBox(8,
                heading(m, "panel.comments"), comments,
                grid(m, "panel.field.member", who, "panel.field.item", onItem, "panel.field.commentArticle", commentArticle,
                        "panel.field.paragraph", paragraph, "panel.field.comment", body),
                addComment,
                heading(m, "panel.rulings"), rulings,
                grid(m, "panel.field.item", rulingItem, "panel.field.rulingZh", rulingZh, "panel.field.rulingEn", rulingEn), saveRuling,
                heading(m, "panel.newAction"),
                grid(m, "panel.field.actionKind", actionKind, "panel.field.description", description, "panel.field.article", article,
                        "panel.field.assigneeUser", user, "panel.field.assigneeAgency", agency, "panel.field.due", due), addAction,
                heading(m, "panel.earlierRulings"), trackedList, new HBox(8, release, keep));
        box.setPadding(new javafx.geometry.Insets(12));
        box.disableProperty().bind(vm.sessionProperty().isNull());
        return box;
    }

    private void showRulings() {
        PanelSession s = vm.sessionProperty().get();
        if (s == null) {
            sessionRulings.clear();
            tracked.clear();
            return;
        }
        sessionRulings.setAll(vm.rulings().stream().filter(r -> r.sessionId() == s.id()).toList());
        tracked.setAll(vm.rulings().stream().filter(r -> r.sessionNo() < s.number()
                && (r.tracked() || (r.releasedSessionId() != null && r.releasedSessionId() == s.id()))).toList());
    }

    // --- minutes

    private Node minutesPane() {
        ToggleGroup languages = new ToggleGroup();
        HBox switcher = new HBox(4);
        for (Language l : Language.values()) {
            ToggleButton b = new ToggleButton(l.nativeName());
            b.setId("minutes-" + l.shortCode());
            b.getStyleClass().add(org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE); // each language named in itself
            b.setToggleGroup(languages);
            b.setSelected(l == vm.minutesLanguageProperty().get());
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.showMinutes(l);
            });
            switcher.getChildren().add(b);
        }
        // the minutes in the editor sections are written in: Markdown colouring, undo, find and replace, and a live preview
        org.uncacworkbench.ui.markdown.EditorPane editorPane = new org.uncacworkbench.ui.markdown.EditorPane(vm.minutesTextProperty(),
                vm.minutesLanguageProperty().get(), m, vm.tasks());
        editorPane.setPrefHeight(560);
        var editor = editorPane.area();
        editor.setId("minutesText");
        editorPane.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN).match(e)) {
                editorPane.find().show(false);
                e.consume();
            } else if (new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.H, javafx.scene.input.KeyCombination.SHORTCUT_DOWN).match(e)) {
                editorPane.find().show(true);
                e.consume();
            }
        });
        Label state = new Label();
        state.setId("minutesState");
        state.getStyleClass().add("muted");
        state.textProperty().bind(javafx.beans.binding.Bindings.when(vm.minutesEditedProperty())
                .then(m.get("panel.minutes.edited")).otherwise(m.get("panel.minutes.generated")));
        Button saveMinutes = new Button(m.get("panel.minutes.save"));
        saveMinutes.setId("saveMinutes");
        saveMinutes.setOnAction(e -> vm.saveMinutes(editor.getText()));
        Button regenerate = new Button(m.get("panel.minutes.regenerate"));
        regenerate.setId("regenerateMinutes");
        regenerate.setOnAction(e -> vm.regenerateMinutes());
        Button export = new Button(m.get("panel.minutes.export"));
        export.setId("exportMinutes");
        export.setOnAction(e -> vm.exportMinutes(editor.getText()));
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty().bind(vm.exportProgressProperty().isNotEqualTo(-1.0));
        progress.progressProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> vm.exportProgressProperty().get(),
                vm.exportProgressProperty()));
        Button cancel = new Button(m.get("dialog.cancel"));
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.setOnAction(e -> vm.cancelExport());
        Label hint = new Label(m.get("panel.minutes.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Label missing = new Label();
        missing.setId("minutesMissing");
        missing.setWrapText(true);
        Button fill = new Button(m.get("panel.minutes.fillEnglish"));
        fill.setId("fillEnglish");
        fill.setOnAction(e -> vm.fillEnglish());
        HBox missingRow = new HBox(8, missing, fill);
        missingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        missingRow.getStyleClass().addAll("banner", "banner-warning");
        HBox.setHgrow(missing, Priority.ALWAYS);
        Runnable showMissing = () -> {
            var list = vm.minutesMissing();
            boolean fillable = list.stream().anyMatch(x -> x.kind().fillable());
            missing.setText(list.isEmpty() ? "" : m.format(fillable ? "panel.minutes.missingCount" : "panel.minutes.missingEdited", list.size()));
            fill.setVisible(fillable);
            fill.setManaged(fillable);
            missingRow.setVisible(!list.isEmpty());
            missingRow.setManaged(!list.isEmpty());
        };
        vm.minutesMissing().addListener((javafx.collections.ListChangeListener<org.uncacworkbench.panel.MissingEnglish>) c -> showMissing.run());
        showMissing.run();
        VBox box = new VBox(8, new HBox(12, switcher, state), hint, missingRow, editorPane, actionsRow(saveMinutes, regenerate, export, progress, cancel));
        box.setPadding(new javafx.geometry.Insets(12));
        box.disableProperty().bind(vm.sessionProperty().isNull());
        return box;
    }

}
