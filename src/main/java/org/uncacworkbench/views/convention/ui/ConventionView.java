package org.uncacworkbench.views.convention.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.uncacworkbench.convention.Article;
import org.uncacworkbench.convention.Chapter;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.drafting.Applicability;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.drafting.SectionLocation;
import org.uncacworkbench.drafting.SectionSummary;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.PageView;

/** Browse the Convention: chapters and articles on the left, the chosen article and its section on the right. */
public final class ConventionView implements PageView {

    private final ConventionViewModel viewModel;
    private final Messages messages;
    private final ObservableValue<Cycle> cycle;
    private final TreeView<Object> tree = new TreeView<>();
    /** Typing filters the articles: where the keyboard starts. */
    private final TextField filter;

    @Override
    public Node focusTarget() {
        return filter;
    }
    private final VBox detail = new VBox(12);
    private final SplitPane root;
    private final Subscription subscriptions;

    /** Opens a section in the drafting page. */
    private final java.util.function.Consumer<SectionLocation> openSection;

    private final org.uncacworkbench.views.dossier.ui.DossierViewModel dossierModel;
    private final javafx.scene.control.TabPane rightTabs = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab dossierTab;
    private org.uncacworkbench.views.dossier.ui.DossierPane dossier;
    /** An article whose dossier is asked for from another page: shown once the articles are in the tree. */
    private final javafx.beans.property.ObjectProperty<Integer> dossierRequest;

    public ConventionView(ConventionViewModel viewModel, ObservableValue<Cycle> cycle, Messages messages,
                          java.util.function.Consumer<SectionLocation> openSection,
                          org.uncacworkbench.views.dossier.ui.DossierViewModel dossierModel,
                          javafx.beans.property.ObjectProperty<Integer> dossierRequest) {
        this.dossierModel = dossierModel;
        this.dossierRequest = dossierRequest;
        this.viewModel = viewModel;
        this.messages = messages;
        this.cycle = cycle;
        this.openSection = openSection;

        filter = new TextField();
        filter.setId("articleFilter");
        filter.setPromptText(messages.get("convention.filter"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                filter.clear();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DOWN) {
                tree.requestFocus(); // from the filter straight into the results
                if (tree.getSelectionModel().isEmpty()) {
                    tree.getSelectionModel().selectFirst();
                }
            }
        });

        tree.setId("conventionTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new ConventionCell());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selectedArticle() != null) {
                openDossier();
                e.consume();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox left = new VBox(8, filter, tree);
        left.setPadding(new Insets(12));

        detail.setId("articleDetail");
        detail.getStyleClass().add("page");
        javafx.scene.control.Tab articleTab = new javafx.scene.control.Tab(messages.get("dossier.articleTab"), detail);
        articleTab.setId("articleTab");
        articleTab.setClosable(false);
        // everything the cycle holds on the article, read when the tab is shown (and for each article chosen while it is)
        dossierTab = org.uncacworkbench.ui.Tabs.builtWhenShown(new javafx.scene.control.Tab(messages.get("dossier.tab")), () -> {
            dossier = new org.uncacworkbench.views.dossier.ui.DossierPane(dossierModel);
            showDossier();
            return dossier;
        });
        dossierTab.setId("dossierTab");
        dossierTab.setClosable(false);
        rightTabs.getTabs().addAll(articleTab, dossierTab);
        rightTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDossier());
        root = new SplitPane(left, rightTabs);
        root.setId("conventionPage");
        root.setDividerPositions(0.42);

        subscriptions = cycle.subscribe(viewModel::load)
                .and(viewModel.contentsProperty().subscribe(c -> rebuildTree()))
                .and(viewModel.filterProperty().subscribe(f -> rebuildTree()))
                .and(viewModel.selectedArticleProperty().subscribe(this::showDetail))
                .and(viewModel.selectedArticleProperty().subscribe(a -> showDossier()))
                .and(cycle.subscribe(c -> showDossier()))
                .and(tree.getSelectionModel().selectedItemProperty().subscribe(item ->
                        viewModel.selectedArticleProperty().set(item != null && item.getValue() instanceof Article a ? a : null)));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
    }

    private void rebuildTree() {
        ConventionViewModel.Contents contents = viewModel.contentsProperty().get();
        TreeItem<Object> rootItem = new TreeItem<>();
        if (contents != null) {
            boolean filtering = !viewModel.filterProperty().get().isBlank();
            for (Chapter chapter : contents.chapters()) {
                TreeItem<Object> chapterItem = new TreeItem<>(chapter);
                contents.articles().stream()
                        .filter(a -> a.chapterNumber() == chapter.number() && viewModel.matches(a))
                        .forEach(a -> chapterItem.getChildren().add(new TreeItem<>(a)));
                if (!chapterItem.getChildren().isEmpty()) {
                    chapterItem.setExpanded(filtering || chapter.number() <= 2);
                    rootItem.getChildren().add(chapterItem);
                }
            }
        }
        Article selected = viewModel.selectedArticleProperty().get();
        tree.setRoot(rootItem);
        if (selected != null) {
            reselect(rootItem, selected);
        }
        showDetail(viewModel.selectedArticleProperty().get());
        openRequestedDossier(rootItem);
    }

    private void reselect(TreeItem<Object> rootItem, Article selected) {
        for (TreeItem<Object> chapter : rootItem.getChildren()) {
            for (TreeItem<Object> item : chapter.getChildren()) {
                if (item.getValue() instanceof Article a && a.number() == selected.number()) {
                    chapter.setExpanded(true);
                    tree.getSelectionModel().select(item);
                    tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
                    return;
                }
            }
        }
    }

    private Article selectedArticle() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof Article a ? a : null;
    }

    /** Takes a dossier asked for from another page: the article chosen (the filter cleared), the dossier tab shown. */
    private void openRequestedDossier(TreeItem<Object> rootItem) {
        Integer wanted = dossierRequest.get();
        ConventionViewModel.Contents contents = viewModel.contentsProperty().get();
        if (wanted == null || contents == null) {
            return;
        }
        if (!viewModel.filterProperty().get().isBlank()) {
            viewModel.filterProperty().set(""); // rebuilds the tree, which comes back here
            return;
        }
        dossierRequest.set(null); // consumed
        contents.articles().stream().filter(a -> a.number() == wanted).findFirst().ifPresent(a -> {
            viewModel.selectedArticleProperty().set(a); // kept when the tree is built again
            reselect(rootItem, a);
            rightTabs.getSelectionModel().select(dossierTab);
        });
    }

    /** The dossier of the chosen article, when its tab is the one shown. */
    private void showDossier() {
        if (dossier != null && rightTabs.getSelectionModel().getSelectedItem() == dossierTab) {
            Article a = selectedArticle();
            dossier.show(cycle.getValue(), a == null ? null : a.number());
        }
    }

    /** The chosen article's section in the drafting page; an article without one in this cycle says so. */
    /** Double-click or Enter on an article: everything the cycle holds on it, beside the tree. */
    private void openDossier() {
        if (selectedArticle() != null) {
            rightTabs.getSelectionModel().select(dossierTab);
        }
    }

    private void openSelected() {
        Article article = selectedArticle();
        Cycle c = cycle.getValue();
        if (article == null || c == null) {
            return;
        }
        if (viewModel.sectionOf(article).isEmpty()) {
            viewModel.noSection(article);
            return;
        }
        openSection.accept(new SectionLocation(c.number(), SectionKey.forArticle(article.number()), messages.language(), 0, 0));
    }

    private void showDetail(Article article) {
        Language lang = messages.language();
        if (article == null) {
            Label hint = new Label(messages.get("convention.pickArticle"));
            hint.getStyleClass().add("placeholder-text");
            detail.getChildren().setAll(hint);
            return;
        }
        Label heading = new Label(article.heading(lang));
        heading.getStyleClass().add("article-heading");
        heading.setWrapText(true);
        heading.setId("articleHeading");
        Language other = lang.isChinese() ? Language.EN : Language.ZH_TW;
        Label otherTitle = new Label(article.heading(other));
        otherTitle.getStyleClass().add("muted");
        otherTitle.setWrapText(true);
        otherTitle.setId("articleOtherTitle");
        otherTitle.getStyleClass().add(org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE); // the title in the other language, on purpose

        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        int row = 0;
        grid.addRow(row++, key("convention.chapter"), value(viewModel.chapterOf(article).map(c -> c.heading(lang)).orElse(""), "articleChapter"));
        Cycle c = cycle.getValue();
        grid.addRow(row++, key("convention.cycle"), value(c == null ? "—" : messages.format("dashboard.title", c.title(lang), c.periodLabel()), "articleCycle"));
        var section = viewModel.sectionOf(article);
        grid.addRow(row++, key("convention.sectionStatus"), statusValue(section.orElse(null)));
        grid.addRow(row, key("convention.leadAgency"),
                value(section.flatMap(SectionSummary::leadAgency).map(a -> a.label(lang)).orElse("—"), "articleLeadAgency"));
        detail.getChildren().setAll(heading, otherTitle, grid);
        if (section.isPresent()) {
            javafx.scene.control.Button open = new javafx.scene.control.Button(messages.get("convention.openSection"));
            open.setId("openSection");
            open.setOnAction(e -> openSelected());
            detail.getChildren().add(open);
        }
    }

    private Node statusValue(SectionSummary section) {
        if (section == null) {
            return value(messages.get("convention.noSection"), "articleStatus");
        }
        String text = messages.get(section.status().messageKey());
        if (section.applicability() != Applicability.APPLICABLE) {
            text = messages.format("convention.statusWithApplicability", text, messages.get(section.applicability().messageKey()));
        }
        Region swatch = new Region();
        swatch.getStyleClass().addAll("status-swatch", "status-" + section.status().code());
        Label l = value(text, "articleStatus");
        l.setGraphic(swatch);
        return l;
    }

    private Label key(String k) {
        Label l = new Label(messages.get(k));
        l.getStyleClass().add("detail-key");
        return l;
    }

    private static Label value(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    /** Chapter rows show the chapter heading; article rows the article and its section's status. */
    private final class ConventionCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            Language lang = messages.language();
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof Chapter chapter) {
                setText(chapter.heading(lang));
                setGraphic(null);
            } else if (item instanceof Article article) {
                setText(null);
                setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY && !isEmpty()) {
                        openDossier();
                    }
                });
                Label title = new Label(article.heading(lang));
                HBox box = new HBox(8, title);
                viewModel.sectionOf(article).ifPresent(s -> {
                    Region spacer = new Region();
                    HBox.setHgrow(spacer, Priority.ALWAYS);
                    Region swatch = new Region();
                    swatch.getStyleClass().addAll("status-swatch", "status-" + s.status().code());
                    Label status = new Label(messages.get(s.status().messageKey()), swatch);
                    status.getStyleClass().add("tree-status");
                    box.getChildren().addAll(spacer, status);
                });
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setGraphic(box);
            }
        }
    }
}
