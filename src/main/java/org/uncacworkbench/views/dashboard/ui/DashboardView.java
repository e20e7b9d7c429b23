package org.uncacworkbench.views.dashboard.ui;

import org.uncacworkbench.cycle.ui.CycleSetupDialog;

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
import javafx.scene.text.Text;
import javafx.util.Subscription;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.views.dashboard.CycleDashboard;
import org.uncacworkbench.cycle.Milestone;
import org.uncacworkbench.drafting.SectionStatus;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.PageView;
import org.uncacworkbench.ui.StaticText;
import org.uncacworkbench.ui.Tooltips;

/** A cycle at a glance: its phase, its timeline and milestones, and its sections by status. */
public final class DashboardView implements PageView {

    private final DashboardViewModel viewModel;
    private final Messages messages;
    private final LocalDate today;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);
    private final Subscription subscriptions;

    /** Where a saved cycle goes: the window reads the cycles again and shows this one. */
    private final java.util.function.Consumer<Cycle> cycleSaved;
    private final ObservableValue<Cycle> cycle;
    private final java.util.List<Cycle> cycles;
    private final String username;

    public DashboardView(DashboardViewModel viewModel, ObservableValue<Cycle> cycle, Messages messages, LocalDate today,
                         java.util.List<Cycle> cycles, String username, java.util.function.Consumer<Cycle> cycleSaved) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.today = today;
        this.cycle = cycle;
        this.cycles = cycles;
        this.username = username;
        this.cycleSaved = cycleSaved;
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

    /** "New cycle…" always; "Set up this cycle…" when one is shown. */
    private Node setupButtons(Cycle shown) {
        javafx.scene.control.Button create = new javafx.scene.control.Button(messages.get("cycle.setup.new"));
        create.setId("newCycle");
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setOnAction(e -> viewModel.proposeNext(cycles, today, (proposal, base) -> new CycleSetupDialog(messages, proposal, base)
                .showAndWait(window()).ifPresent(setup -> viewModel.save(null, setup, username, cycleSaved))));
        HBox box = new HBox(8, create);
        if (shown != null) {
            javafx.scene.control.Button edit = new javafx.scene.control.Button(messages.get("cycle.setup.edit"));
            edit.setId("editCycle");
            edit.setMinWidth(Region.USE_PREF_SIZE);
            edit.setOnAction(e -> viewModel.readSetup(shown, setup -> new CycleSetupDialog(messages, setup, false).showAndWait(window())
                    .ifPresent(changed -> viewModel.save(shown, changed, username, cycleSaved))));
            box.getChildren().add(edit);
        }
        return box;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void show(CycleDashboard dashboard) {
        if (dashboard == null) {
            Label none = new Label(messages.get(viewModel.loadingProperty().get() ? "status.loading" : "dashboard.noCycle"));
            none.getStyleClass().add("placeholder-text");
            content.getChildren().setAll(viewModel.loadingProperty().get() ? new ProgressIndicator() : new VBox(12, none, setupButtons(null)));
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
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox heading = new HBox(16, title, phase, grow, setupButtons(cycle));
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        content.getChildren().setAll(heading,
                sectionTitle("dashboard.timeline"), new PhaseTimeline(dashboard.phases(), dashboard.milestones(), today, messages),
                sectionTitle("dashboard.sections"), counts(dashboard),
                sectionTitle("dashboard.overdueRequests"), overdue(dashboard),
                sectionTitle("dashboard.milestones"), milestoneTable(dashboard));
    }

    private Text sectionTitle(String key) {
        return StaticText.of(messages.get(key), "section-title");
    }

    private Node counts(CycleDashboard dashboard) {
        FlowPane tiles = new FlowPane(8, 8);
        tiles.setId("sectionCounts");
        for (SectionStatus status : SectionStatus.values()) {
            Text number = StaticText.of(String.valueOf(dashboard.sectionCounts().getOrDefault(status, 0)), "count-number");
            number.setId("count-" + status.code());
            Region swatch = new Region();
            swatch.getStyleClass().addAll("status-swatch", "status-" + status.code());
            HBox name = new HBox(swatch, StaticText.of(messages.get(status.messageKey()), "muted"));
            name.getStyleClass().add("count-name");
            VBox tile = new VBox(number, name);
            tile.getStyleClass().add("count-tile");
            tiles.getChildren().add(tile);
        }
        Text total = StaticText.of(messages.format("dashboard.sectionTotal", dashboard.sectionTotal()), "muted");
        total.setId("sectionTotal");
        VBox box = new VBox(6, tiles, total);
        box.setPadding(new Insets(0, 0, 4, 0));
        return box;
    }

    private Node overdue(CycleDashboard dashboard) {
        VBox box = new VBox(4);
        box.setId("overdueRequests");
        if (dashboard.overdueRequests().isEmpty() && dashboard.overdueQuestions().isEmpty() && dashboard.overdueRounds().isEmpty()) {
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
        for (var o : dashboard.overdueRounds()) {
            Label l = new Label(messages.format("dashboard.overdueRound", o.roundLabel(), o.agencyCode(),
                    DateFormats.date(o.dueOn(), messages.language()), java.time.temporal.ChronoUnit.DAYS.between(o.dueOn(), today)));
            l.getStyleClass().add("overdue-request");
            box.getChildren().add(l);
        }
        for (var o : dashboard.overdueQuestions()) {
            Label l = new Label(messages.format("dashboard.overdueQuestion", o.questionNo(), o.agencyCode(),
                    DateFormats.date(o.dueOn(), messages.language()), java.time.temporal.ChronoUnit.DAYS.between(o.dueOn(), today)));
            l.getStyleClass().add("overdue-request");
            box.getChildren().add(l);
        }
        return box;
    }

    /**
     * The milestones as a plain grid (due, phase, milestone, state), coloured by state. Read-only
     * rows on the first screen: a grid of text nodes costs far less to show than a table control,
     * or than labels.
     */
    private Node milestoneTable(CycleDashboard dashboard) {
        Language lang = messages.language();
        GridPane grid = new GridPane();
        grid.setId("milestoneTable");
        grid.getStyleClass().add("milestone-table");
        String[] headers = {"dashboard.column.due", "dashboard.column.phase", "dashboard.column.milestone", "dashboard.column.state"};
        for (int c = 0; c < headers.length; c++) {
            grid.add(StaticText.of(messages.get(headers[c]), "milestone-header"), c, 0);
        }
        Region rule = new Region(); // under the headings, across the grid
        rule.getStyleClass().add("milestone-rule");
        grid.add(rule, 0, 1, headers.length, 1);
        int row = 2;
        for (Milestone m : dashboard.milestones()) {
            String state = "milestone-" + m.state(today).name().toLowerCase(java.util.Locale.ROOT);
            // the title a label: in a narrow window it shortens with an ellipsis (its tooltip whole), and the state stays in view
            Label title = new Label(m.title(lang));
            title.getStyleClass().add(state);
            Tooltips.onHover(title, () -> m.title(lang));
            grid.addRow(row++, StaticText.of(DateFormats.date(m.dueOn(), lang), state), StaticText.of(messages.get(m.phase().messageKey()), state),
                    title, StaticText.of(stateText(m), state));
        }
        ColumnConstraints fill = new ColumnConstraints();
        fill.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), fill, new ColumnConstraints());
        return grid;
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
