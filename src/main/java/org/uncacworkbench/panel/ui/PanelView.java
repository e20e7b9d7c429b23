package org.uncacworkbench.panel.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.panel.PanelSession;
import org.uncacworkbench.ui.PageView;

/** The domestic review panel: sessions (plan, chair, record, minutes), members, action items, and per-article history. */
public final class PanelView implements PageView {

    private final PanelViewModel vm;
    private final Messages m;
    private final TabPane root = new TabPane();
    private final Subscription subscription;

    public PanelView(PanelViewModel vm, ReviewPacksViewModel packs, ObservableValue<Cycle> cycle) {
        this.vm = vm;
        this.m = vm.messages();
        root.setId("panelPage");
        Tab sessions = new Tab(m.get("panel.tab.sessions"), sessionsTab());
        sessions.setId("sessionsTab");
        Tab members = org.uncacworkbench.ui.Tabs.whenShown(new Tab(m.get("panel.tab.members")), new MembersPane(vm).node());
        members.setId("membersTab");
        Tab actions = org.uncacworkbench.ui.Tabs.whenShown(new Tab(m.get("panel.tab.actions")), new ActionsPane(vm).node());
        actions.setId("actionsTab");
        Tab packsTab = org.uncacworkbench.ui.Tabs.whenShown(new Tab(m.get("panel.tab.packs")), new ReviewPacksPane(packs, vm).node());
        packsTab.setId("packsTab");
        root.getTabs().addAll(sessions, members, actions, packsTab);
        root.getTabs().forEach(t -> t.setClosable(false));
        subscription = cycle.subscribe(c -> {
            vm.load(c);
            packs.load(c);
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        subscription.unsubscribe();
    }

    private Node sessionsTab() {
        TableView<PanelSession> table = new TableView<>(vm.sessions());
        table.setId("sessionTable");
        org.uncacworkbench.ui.Placeholders.empty(table, m.get("panel.sessions.empty"));
        Function<Long, String> names = id -> vm.members().stream().filter(x -> x.id() == id).findFirst().map(x -> x.name(m.language())).orElse("");
        table.getColumns().addAll(List.of(
                column("panel.column.no", s -> m.format("panel.sessionNo", s.number()), 60),
                column("panel.column.date", s -> DateFormats.date(s.startsAt().toLocalDate(), m.language()), 130),
                column("panel.column.kind", s -> m.get("panel.kind." + s.kind().code()), 130),
                column("panel.column.chair", s -> s.chairMemberId() != null ? names.apply(s.chairMemberId())
                        : s.chairGovernment() == null ? "" : s.chairGovernment(m.language()), 150),
                column("panel.column.status", s -> m.get("panel.sessionStatus." + s.status().code()), 80)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && (vm.sessionProperty().get() == null || vm.sessionProperty().get().id() != s.id())) {
                vm.select(s);
            }
        });
        vm.sessionProperty().subscribe(s -> {
            if (s == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        Button add = new Button(m.get("panel.newSession"));
        add.setId("newSession");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.select(null);
        });
        Label status = new Label();
        status.setId("panelStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        BorderPane left = new BorderPane(table, new ToolBar(add, status), null, null, null);
        SplitPane split = new SplitPane(left, new SessionDetail(vm).node());
        split.setDividerPositions(0.4);
        return split;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> text, double width) {
        return column(m, key, text, width);
    }

    static <T> TableColumn<T, String> column(Messages m, String key, Function<T, String> text, double width) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return org.uncacworkbench.ui.Cells.readWhole(c);
    }
}
