package org.uncacworkbench.views.dashboard.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.uncacworkbench.cycle.Milestone;
import org.uncacworkbench.cycle.Phase;
import org.uncacworkbench.cycle.PhasePlan;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.StaticText;
import org.uncacworkbench.ui.Tooltips;

/**
 * The cycle's five phases as bars on a shared date axis, its milestones as diamonds on their
 * phase's row, and a line for today. Lays itself out to whatever width it is given.
 */
final class PhaseTimeline extends Region {

    private static final double MIN_LABEL_WIDTH = 110;
    private static final double AXIS_HEIGHT = 22;
    private static final double ROW_HEIGHT = 30;
    private static final double BAR_HEIGHT = 20;

    private final List<PhasePlan> phases;
    private final List<Milestone> milestones;
    private final LocalDate today;
    private final LocalDate from;
    private final LocalDate to;
    private final List<Text> rowLabels = new ArrayList<>();
    private final List<Region> bars = new ArrayList<>();
    private final List<Region> diamonds = new ArrayList<>();
    private final List<Text> years = new ArrayList<>();
    private final Region todayLine = new Region();
    private double labelWidth = MIN_LABEL_WIDTH;

    PhaseTimeline(List<PhasePlan> phases, List<Milestone> milestones, LocalDate today, Messages messages) {
        this.phases = phases;
        this.milestones = milestones;
        this.today = today;
        this.from = Stream.concat(phases.stream().map(PhasePlan::start), milestones.stream().map(Milestone::dueOn))
                .min(LocalDate::compareTo).orElse(today).withDayOfMonth(1);
        this.to = Stream.concat(phases.stream().map(PhasePlan::end), milestones.stream().map(Milestone::dueOn))
                .max(LocalDate::compareTo).orElse(today.plusMonths(1)).plusMonths(1).withDayOfMonth(1);
        getStyleClass().add("phase-timeline");
        setId("phaseTimeline");
        for (PhasePlan plan : phases) {
            rowLabels.add(StaticText.of(messages.get(plan.phase().messageKey())));
            Region bar = new Region();
            bar.getStyleClass().addAll("timeline-bar", "phase-" + plan.phase().code());
            Tooltips.onHover(bar, () -> messages.get(plan.phase().messageKey()) + "\n"
                    + DateFormats.date(plan.start(), messages.language()) + " – " + DateFormats.date(plan.end(), messages.language()));
            bars.add(bar);
        }
        for (Milestone m : milestones) {
            Region d = new Region();
            d.getStyleClass().add("timeline-milestone");
            switch (m.state(today)) {
                case DONE -> d.getStyleClass().add("timeline-milestone-done");
                case OVERDUE -> d.getStyleClass().add("timeline-milestone-overdue");
                case UPCOMING -> { }
            }
            Tooltips.onHover(d, () -> m.title(messages.language()) + "\n" + DateFormats.date(m.dueOn(), messages.language()));
            diamonds.add(d);
        }
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            Text year = StaticText.of(DateFormats.year(y, messages.language()), "muted", "timeline-axis-label");
            year.setUserData(LocalDate.of(y, 1, 1));
            years.add(year);
        }
        todayLine.getStyleClass().add("timeline-today");
        Tooltips.onHover(todayLine, () -> messages.get("dashboard.today") + " " + DateFormats.date(today, messages.language()));
        getChildren().addAll(rowLabels);
        getChildren().addAll(bars);
        getChildren().addAll(years);
        getChildren().add(todayLine);
        getChildren().addAll(diamonds);
    }

    @Override
    protected double computePrefHeight(double width) {
        return AXIS_HEIGHT + ROW_HEIGHT * Math.max(1, phases.size()) + 4;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 700;
    }

    @Override
    protected void layoutChildren() {
        labelWidth = rowLabels.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0) + 16;
        labelWidth = Math.max(MIN_LABEL_WIDTH, labelWidth);
        double plotWidth = Math.max(10, getWidth() - labelWidth - 8);
        double height = computePrefHeight(getWidth());
        for (Text year : years) {
            LocalDate d = (LocalDate) year.getUserData();
            boolean visible = !d.isBefore(from) && d.isBefore(to);
            year.setVisible(visible);
            year.relocate(x(d, plotWidth) + 2, (AXIS_HEIGHT - 4 - year.getLayoutBounds().getHeight()) / 2);
        }
        for (int i = 0; i < phases.size(); i++) {
            double top = AXIS_HEIGHT + i * ROW_HEIGHT;
            Text name = rowLabels.get(i);
            name.relocate(0, top + (ROW_HEIGHT - name.getLayoutBounds().getHeight()) / 2);
            double x0 = x(phases.get(i).start(), plotWidth);
            double x1 = x(phases.get(i).end().plusDays(1), plotWidth);
            bars.get(i).resizeRelocate(x0, top + (ROW_HEIGHT - BAR_HEIGHT) / 2, Math.max(3, x1 - x0), BAR_HEIGHT);
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            int row = Math.max(0, Phase.timeline().indexOf(m.phase()));
            double top = AXIS_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT / 2 - 4.5;
            diamonds.get(i).resizeRelocate(x(m.dueOn(), plotWidth) - 4.5, top, 9, 9);
        }
        boolean todayVisible = !today.isBefore(from) && today.isBefore(to);
        todayLine.setVisible(todayVisible);
        todayLine.resizeRelocate(x(today, plotWidth) - 1, AXIS_HEIGHT - 4, 2, height - AXIS_HEIGHT + 2);
    }

    private double x(LocalDate date, double plotWidth) {
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return labelWidth + plotWidth * ChronoUnit.DAYS.between(from, date) / span;
    }
}
