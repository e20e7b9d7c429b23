package org.uncacworkbench.drafting.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.drafting.SearchHit;
import org.uncacworkbench.drafting.SectionLocation;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.PageView;

/** Search results: each section with the passage around its first match, matches highlighted. */
public final class SearchView implements PageView {

    /** What is searched for: where the keyboard starts. */
    private final TextField field;

    @Override
    public javafx.scene.Node focusTarget() {
        return field;
    }

    private final VBox root = new VBox(10);

    /** {@code dossier} opens an article's dossier (cycle number, article). */
    public SearchView(SearchViewModel vm, ObservableList<Cycle> cycles, Consumer<SectionLocation> open,
                      java.util.function.ObjIntConsumer<Integer> dossier) {
        Messages m = vm.messages();
        root.getStyleClass().add("page");
        root.setId("searchPage");
        Label title = new Label(m.get("search.title"));
        title.getStyleClass().add("page-title");
        field = new TextField();
        field.setId("searchField");
        field.setPromptText(m.get("search.prompt"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setOnAction(e -> vm.run());
        HBox.setHgrow(field, Priority.ALWAYS);
        ComboBox<Integer> cycle = new ComboBox<>();
        cycle.setId("searchCycle");
        cycle.getItems().add(null);
        cycles.forEach(c -> cycle.getItems().add(c.number()));
        cycle.setCellFactory(l -> new CycleCell(m, cycles));
        cycle.setButtonCell(new CycleCell(m, cycles));
        cycle.valueProperty().bindBidirectional(vm.cycleFilterProperty());
        cycle.setOnAction(e -> vm.run());
        Label summary = new Label();
        summary.setId("searchSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("muted");

        ListView<SearchHit> results = new ListView<>(vm.results());
        results.setId("searchResults");
        results.setCellFactory(l -> new HitCell(vm, cycles));
        Runnable openSelected = () -> {
            SearchHit h = results.getSelectionModel().getSelectedItem();
            if (h != null) {
                open.accept(new SectionLocation(h.cycleNumber(), h.sectionKey(), h.language(), h.firstOffset(),
                        vm.queryProperty().get().strip().length()));
            }
        };
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        javafx.scene.control.Button openDossier = new javafx.scene.control.Button(vm.messages().get("search.openDossier"));
        openDossier.setId("searchDossier");
        openDossier.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> articleOf(
                results.getSelectionModel().getSelectedItem()) == null, results.getSelectionModel().selectedItemProperty()));
        openDossier.setOnAction(e -> {
            SearchHit h = results.getSelectionModel().getSelectedItem();
            Integer article = articleOf(h);
            if (article != null) {
                dossier.accept(h.cycleNumber(), article);
            }
        });
        root.getChildren().addAll(title, new HBox(8, field, cycle), summary, results, openDossier);
        root.setPadding(new Insets(20, 24, 20, 24));
        if (!vm.queryProperty().get().isBlank()) {
            vm.run();
        }
        field.requestFocus();
    }

    private static Integer articleOf(SearchHit hit) {
        return hit == null ? null : org.uncacworkbench.drafting.SectionKey.parse(hit.sectionKey())
                .map(org.uncacworkbench.drafting.SectionKey::articleNumber).orElse(null);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        // its bindings are to its own view model, which goes with it
    }

    private static String cycleName(Messages m, List<Cycle> cycles, Integer number) {
        if (number == null) {
            return m.get("search.allCycles");
        }
        return cycles.stream().filter(c -> c.number() == number).findFirst()
                .map(c -> c.title(m.language())).orElse(String.valueOf(number));
    }

    private static final class CycleCell extends ListCell<Integer> {
        private final Messages m;
        private final List<Cycle> cycles;

        CycleCell(Messages m, List<Cycle> cycles) {
            this.m = m;
            this.cycles = cycles;
        }

        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : cycleName(m, cycles, item));
        }
    }

    private static final class HitCell extends ListCell<SearchHit> {
        private final SearchViewModel vm;
        private final List<Cycle> cycles;

        HitCell(SearchViewModel vm, List<Cycle> cycles) {
            this.vm = vm;
            this.cycles = cycles;
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Messages m = vm.messages();
            Label where = new Label(m.format("search.where", cycleName(m, cycles, hit.cycleNumber()), vm.sectionTitle(hit),
                    hit.language().nativeName(), hit.matches()));
            where.getStyleClass().add("search-where");
            TextFlow passage = new TextFlow();
            for (SearchHit.Segment segment : hit.segments()) {
                Text text = new Text(segment.text());
                if (segment.match()) {
                    text.getStyleClass().add("search-match");
                }
                passage.getChildren().add(text);
            }
            passage.setPrefWidth(900);
            setText(null);
            setGraphic(new VBox(2, where, passage));
        }
    }
}
