package org.uncacworkbench.panel.ui;

import static org.uncacworkbench.panel.ui.Forms.blank;
import static org.uncacworkbench.panel.ui.Forms.heading;
import static org.uncacworkbench.panel.ui.Forms.text;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.panel.ActionItem;
import org.uncacworkbench.panel.SessionRecordService;

/** Action items the rulings created, tracked to done; and one article's comments, rulings and open items. */
final class ActionsPane {

    private final PanelViewModel vm;
    private final Messages m;
    private final Language lang;
    private final VBox article = new VBox(6);

    ActionsPane(PanelViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        this.lang = m.language();
        vm.articleRecordProperty().subscribe(this::showArticle);
    }

    Node node() {
        TableView<ActionItem> table = new TableView<>(vm.actions());
        table.setId("actionTable");
        org.uncacworkbench.ui.Placeholders.empty(table, m.get("panel.actions.empty"));
        table.getColumns().addAll(List.of(
                PanelView.<ActionItem>column(m, "panel.column.session", a -> a.sessionNo() == null ? "" : m.format("panel.sessionNo", a.sessionNo()), 70),
                PanelView.<ActionItem>column(m, "panel.column.description", a -> a.description(lang), 260),
                PanelView.<ActionItem>column(m, "panel.column.section", a -> blank(a.sectionKey()), 60),
                PanelView.<ActionItem>column(m, "panel.column.assignee", a -> a.assigneeAgency() != null ? a.assigneeAgency() : blank(a.assigneeUser()), 90),
                PanelView.<ActionItem>column(m, "panel.column.due", a -> DateFormats.date(a.dueOn(), lang), 100),
                PanelView.<ActionItem>column(m, "panel.column.status", a -> m.get("panel.actionStatus." + a.status().code()), 80),
                PanelView.<ActionItem>column(m, "panel.column.doneBy", this::doneBy, 150)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button complete = new Button(m.get("panel.completeAction"));
        complete.setId("completeAction");
        Button cancel = new Button(m.get("panel.cancelAction"));
        cancel.setId("cancelAction");
        var selected = table.getSelectionModel().selectedItemProperty();
        complete.disableProperty().bind(selected.isNull());
        cancel.disableProperty().bind(selected.isNull());
        complete.setOnAction(e -> vm.complete(selected.get()));
        cancel.setOnAction(e -> vm.cancel(selected.get()));
        VBox left = new VBox(8, new HBox(8, complete, cancel), table);
        left.setPadding(new Insets(8));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);

        TextField number = text("articleNumber");
        number.setPromptText("5");
        number.setPrefColumnCount(4);
        Button show = new Button(m.get("panel.showArticle"));
        show.setId("showArticle");
        show.setDefaultButton(false);
        show.setOnAction(e -> vm.showArticle(number.getText()));
        number.setOnAction(e -> vm.showArticle(number.getText()));
        article.setId("articleRecord");
        VBox right = new VBox(8, heading(m, "panel.byArticle"), new HBox(8, new Label(m.get("panel.field.article")), number, show), article);
        right.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.62);
        return split;
    }

    private String doneBy(ActionItem a) {
        if (a.doneRevisionNo() != null) {
            return m.format("panel.doneByRevision", a.doneRevisionNo(), DateFormats.date(a.doneOn(), lang));
        }
        if (a.doneRequestNo() != null) {
            return m.format("panel.doneByRequest", a.doneRequestNo(), DateFormats.date(a.doneOn(), lang));
        }
        return a.doneOn() == null ? "" : DateFormats.date(a.doneOn(), lang);
    }

    private void showArticle(SessionRecordService.ArticleRecord r) {
        article.getChildren().clear();
        if (r == null) {
            return;
        }
        article.getChildren().add(heading(m, "panel.comments"));
        r.comments().forEach(c -> article.getChildren().add(wrap(m.format("panel.articleComment", c.sessionNo() == null ? "—" : c.sessionNo(),
                memberName(c.memberId()), blank(c.paragraph()), c.body()))));
        if (r.comments().isEmpty()) {
            article.getChildren().add(wrap(m.get("minutes.none")));
        }
        article.getChildren().add(heading(m, "panel.rulings"));
        r.rulings().forEach(x -> article.getChildren().add(wrap(m.format("panel.articleRuling", x.sessionNo(), x.itemNo(), x.text(lang),
                m.get(x.tracked() ? "minutes.tracking" : "minutes.released")))));
        if (r.rulings().isEmpty()) {
            article.getChildren().add(wrap(m.get("minutes.none")));
        }
        article.getChildren().add(heading(m, "panel.openActions"));
        r.openActions().forEach(a -> article.getChildren().add(wrap(m.format("panel.articleAction", a.description(lang),
                DateFormats.date(a.dueOn(), lang)))));
        if (r.openActions().isEmpty()) {
            article.getChildren().add(wrap(m.get("minutes.none")));
        }
    }

    private String memberName(long id) {
        return vm.members().stream().filter(x -> x.id() == id).findFirst().map(x -> x.name(lang)).orElse("?");
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
