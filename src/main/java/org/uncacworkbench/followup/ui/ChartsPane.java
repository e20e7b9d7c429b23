package org.uncacworkbench.followup.ui;

import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uncacworkbench.followup.FollowupFigures;
import org.uncacworkbench.followup.FollowupSnapshot;
import org.uncacworkbench.followup.Grade;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.review.Observation;

/**
 * The follow-up in charts: points by assessment, by tracking, by lead agency (split by tracking), by
 * Convention chapter, assessed reports across rounds, and indicators against their targets. Clicking
 * a bar lists its points below; each chart can be saved as a picture.
 */
final class ChartsPane extends BorderPane {

    private final FollowupViewModel vm;
    private final Messages m;
    private final Language lang;
    private final GridPane grid = new GridPane();
    private final Label listTitle = new Label();
    private final ListView<String> points = new ListView<>();

    ChartsPane(FollowupViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        this.lang = m.language();
        setId("followupChartsPane");
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(12));
        var half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        points.setId("chartPoints");
        points.setPrefHeight(130);
        listTitle.setId("chartPointsTitle");
        listTitle.setText(m.get("followup.charts.clickHint"));
        listTitle.getStyleClass().add("muted");
        VBox bottom = new VBox(4, listTitle, points);
        bottom.setPadding(new Insets(6, 12, 8, 12));
        setCenter(scroll);
        setBottom(bottom);
        vm.figuresProperty().subscribe(this::show);
    }

    private void show(FollowupFigures f) {
        grid.getChildren().clear();
        if (f == null) {
            return;
        }
        BarChart<String, Number> grades = bar("followupChartGrades", "followup.charts.byGrade");
        XYChart.Series<String, Number> g = new XYChart.Series<>();
        for (Grade grade : f.scale().grades()) {
            add(g, grade.name(), f.byGrade().getOrDefault(grade, List.of()), f.scale().label(grade, m.language()));
        }
        add(g, m.get("followup.charts.notAssessed"), f.notAssessed(), m.get("followup.charts.notAssessed"));
        grades.getData().add(g);

        BarChart<String, Number> tracking = bar("followupChartTracking", "followup.charts.byTracking");
        XYChart.Series<String, Number> t = new XYChart.Series<>();
        for (FollowupSnapshot.Tracking k : FollowupSnapshot.Tracking.values()) {
            add(t, m.get(k.key()), f.byTracking().getOrDefault(k, List.of()), m.get(k.key()));
        }
        tracking.getData().add(t);

        StackedBarChart<String, Number> lead = new StackedBarChart<>(new CategoryAxis(), integerAxis());
        lead.setId("followupChartLead");
        lead.setTitle(m.get("followup.charts.byLead"));
        lead.setAnimated(false);
        for (FollowupSnapshot.Tracking k : List.of(FollowupSnapshot.Tracking.TRACKING, FollowupSnapshot.Tracking.RELEASED,
                FollowupSnapshot.Tracking.SELF_MANAGED)) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(m.get(k.key()));
            for (Map.Entry<String, Map<FollowupSnapshot.Tracking, List<Observation>>> e : f.byLead().entrySet()) {
                add(s, e.getKey(), e.getValue().getOrDefault(k, List.of()), e.getKey() + " · " + m.get(k.key()));
            }
            lead.getData().add(s);
        }

        BarChart<String, Number> chapters = bar("followupChartChapters", "followup.charts.byChapter");
        XYChart.Series<String, Number> c = new XYChart.Series<>();
        for (var ch : vm.chapters()) {
            String label = m.format("followup.charts.chapter", lang.isChinese() ? org.uncacworkbench.i18n.ChineseNumerals.of(ch.number()) : ch.roman());
            add(c, label, f.byChapter().getOrDefault(ch.number(), List.of()), label + " " + ch.title(lang));
        }
        add(c, m.get("followup.table.general"), f.general(), m.get("followup.table.general"));
        chapters.getData().add(c);

        LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), integerAxis());
        trend.setId("followupChartTrend");
        trend.setTitle(m.get("followup.charts.trend"));
        trend.setAnimated(false);
        for (Grade grade : f.scale().grades()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(grade.name());
            f.trend().forEach((round, counts) -> s.getData().add(new XYChart.Data<>(round, counts.getOrDefault(grade, 0))));
            trend.getData().add(s);
        }

        BarChart<String, Number> indicators = bar("followupChartIndicators", "followup.charts.indicators");
        ((NumberAxis) indicators.getYAxis()).setLabel("%");
        XYChart.Series<String, Number> i = new XYChart.Series<>();
        for (FollowupFigures.IndicatorFigure x : f.indicators()) {
            if (x.percent() != null) {
                i.getData().add(new XYChart.Data<>(m.format("followup.charts.indicatorLabel", x.point(),
                        lang.isChinese() || x.descriptionEn() == null ? x.descriptionZh() : x.descriptionEn()), x.percent()));
            }
        }
        indicators.getData().add(i);

        List<XYChart<String, Number>> charts = List.of(grades, tracking, lead, chapters, trend, indicators);
        for (int n = 0; n < charts.size(); n++) {
            grid.add(framed(charts.get(n)), n % 2, n / 2);
        }
    }

    private BarChart<String, Number> bar(String id, String titleKey) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), integerAxis());
        chart.setId(id);
        chart.setTitle(m.get(titleKey));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        return chart;
    }

    private static NumberAxis integerAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        return axis;
    }

    /** A bar that, clicked, lists the points it counts under {@code title}. */
    private void add(XYChart.Series<String, Number> series, String category, List<Observation> counted, String title) {
        XYChart.Data<String, Number> d = new XYChart.Data<>(category, counted.size());
        d.nodeProperty().subscribe(node -> {
            if (node != null) {
                node.setOnMouseClicked(e -> list(title, counted));
                node.setCursor(javafx.scene.Cursor.HAND);
            }
        });
        series.getData().add(d);
    }

    void list(String title, List<Observation> counted) {
        listTitle.setText(m.format("followup.charts.listed", title, counted.size()));
        points.getItems().setAll(counted.stream().map(o -> m.format("followup.charts.point", o.number(),
                o.text(lang).replaceAll("\\s+", " "))).toList());
    }

    private Node framed(XYChart<String, Number> chart) {
        chart.setPrefHeight(280);
        chart.setMinHeight(240);
        Button save = new Button(m.get("followup.charts.save"));
        save.setId(chart.getId() + "Save");
        save.setOnAction(e -> vm.savePicture(javafx.embed.swing.SwingFXUtils.fromFXImage(chart.snapshot(null, null), null),
                chart.getId().replace("followupChart", "chart-").toLowerCase(java.util.Locale.ROOT)));
        VBox box = new VBox(4, chart, save);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }
}
