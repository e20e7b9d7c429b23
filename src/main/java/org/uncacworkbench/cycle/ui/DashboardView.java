package org.uncacworkbench.cycle.ui;

import java.time.LocalDate;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.cycle.CycleDashboard;
import org.uncacworkbench.cycle.Milestone;
import org.uncacworkbench.drafting.SectionStatus;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.PageView;

/** A cycle at a glance: its phase, its timeline and milestones, and its sections by status. */
public final class DashboardView implements PageView {

    private final DashboardViewModel viewModel;
    private final Messages messages;
    private final LocalDate today;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);
    private final Subscription subscriptions;

    public DashboardView(DashboardViewModel viewModel, ObservableValue<Cycle> cycle, Messages messages, LocalDate today) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.today = today;
        content.getStyleClass().add("page");
        root.setFitToWidth(true);
        root.setId("dashboardPage");
        subscriptions = cycle.subscribe(viewModel::load)
                .and(viewModel.dashboardProperty().subscribe(this::show));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
    }

    private void show(CycleDashboard dashboard) {
        if (dashboard == null) {
            Label none = new Label(messages.get(viewModel.loadingProperty().get() ? "status.loading" : "dashboard.noCycle"));
            none.getStyleClass().add("placeholder-text");
            content.getChildren().setAll(viewModel.loadingProperty().get() ? new ProgressIndicator() : none);
            return;
        }
        Language lang = messages.language();
        Cycle cycle = dashboard.cycle();
        Label title = new Label(messages.format("dashboard.title", cycle.title(lang), cycle.periodLabel()));
        title.getStyleClass().add("page-title");
        title.setId("dashboardTitle");
        Label phase = new Label(messages.format("dashboard.currentPhase", messages.get(cycle.currentPhase().messageKey())));
        phase.getStyleClass().add("phase-badge");
        phase.setId("dashboardPhase");
        HBox heading = new HBox(16, title, phase);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        content.getChildren().setAll(heading,
                sectionTitle("dashboard.timeline"), new PhaseTimeline(dashboard.phases(), dashboard.milestones(), today, messages),
                sectionTitle("dashboard.sections"), counts(dashboard),
                sectionTitle("dashboard.overdueRequests"), overdue(dashboard),
                sectionTitle("dashboard.milestones"), milestoneTable(dashboard));
    }

    private Label sectionTitle(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private Node counts(CycleDashboard dashboard) {
        FlowPane tiles = new FlowPane(10, 10);
        tiles.setId("sectionCounts");
        for (SectionStatus status : SectionStatus.values()) {
            Label number = new Label(String.valueOf(dashboard.sectionCounts().getOrDefault(status, 0)));
            number.getStyleClass().add("count-number");
            number.setId("count-" + status.code());
            Region swatch = new Region();
            swatch.getStyleClass().addAll("status-swatch", "status-" + status.code());
            Label name = new Label(messages.get(status.messageKey()), swatch);
            name.getStyleClass().add("muted");
            VBox tile = new VBox(number, name);
            tile.getStyleClass().add("count-tile");
            tiles.getChildren().add(tile);
        }
        Label total = new Label(messages.format("dashboard.sectionTotal", dashboard.sectionTotal()));
        total.setId("sectionTotal");
        total.getStyleClass().add("muted");
        VBox box = new VBox(6, tiles, total);
        box.setPadding(new Insets(0, 0, 4, 0));
        return box;
    }

    private Node overdue(CycleDashboard dashboard) {
        VBox box = new VBox(4);
        box.setId("overdueRequests");
        if (dashboard.overdueRequests().isEmpty()) {
            Label none = new Label(messages.get("dashboard.noOverdueRequests"));
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
        for (var o : dashboard.overdueRequests()) {
            Label l = new Label(messages.format("dashboard.overdueRequest", o.requestNo(), o.agencyCode(),
                    DateFormats.date(o.dueOn(), messages.language()), java.time.temporal.ChronoUnit.DAYS.between(o.dueOn(), today)));
            l.getStyleClass().add("overdue-request");
            box.getChildren().add(l);
        }
        return box;
    }

    /**
     * The milestones as a plain grid (due, phase, milestone, state), coloured by state. Read-only
     * rows on the first screen: a grid of labels costs far less to show than a table control.
     */
    private Node milestoneTable(CycleDashboard dashboard) {
        Language lang = messages.language();
        GridPane grid = new GridPane();
        grid.setId("milestoneTable");
        grid.getStyleClass().add("milestone-table");
        String[] headers = {"dashboard.column.due", "dashboard.column.phase", "dashboard.column.milestone", "dashboard.column.state"};
        for (int c = 0; c < headers.length; c++) {
            grid.add(cell(messages.get(headers[c]), "milestone-header"), c, 0);
        }
        int row = 1;
        for (Milestone m : dashboard.milestones()) {
            String state = "milestone-" + m.state(today).name().toLowerCase(java.util.Locale.ROOT);
            grid.addRow(row++, cell(DateFormats.date(m.dueOn(), lang), state), cell(messages.get(m.phase().messageKey()), state),
                    cell(m.title(lang), state), cell(stateText(m), state));
        }
        ColumnConstraints fill = new ColumnConstraints();
        fill.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), fill, new ColumnConstraints());
        return grid;
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("milestone-cell", styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private String stateText(Milestone m) {
        Language lang = messages.language();
        return switch (m.state(today)) {
            case DONE -> messages.format("milestone.done", DateFormats.date(m.completedOn(), lang));
            case OVERDUE -> messages.format("milestone.overdue", java.time.temporal.ChronoUnit.DAYS.between(m.dueOn(), today));
            case UPCOMING -> messages.get("milestone.upcoming");
        };
    }

}
