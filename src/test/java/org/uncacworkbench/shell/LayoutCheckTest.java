package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Scripts;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.Screenshots;

/**
 * The layout check: every page the sidebar leads to (found from the sidebar, so a page added later
 * is checked without anyone adding it here), each of its tabs, with the first item of each list,
 * table and tree chosen so that details show, in both languages at 1280×800. It fails on any text
 * shown cut short (an ellipsis, where the whole text is not shown elsewhere on screen) and on text
 * in the wrong language: Latin words in the Chinese interface, CJK characters in the English one —
 * except in what the user typed or the data holds in the other language on purpose (editors, text
 * fields, and nodes marked with the style class {@value org.uncacworkbench.ui.StaticText#OTHER_LANGUAGE}).
 * Writes a screenshot of each view to target/screenshots/layout-LANG-PAGE[-TAB].png.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutCheckTest extends OnTheDemo {

    @TempDir
    Path settingsDir;
    Stage stage;
    final WindowFixture window = new WindowFixture();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyPageFitsAndSpeaksChineseAt1280x800(FxRobot robot) {
        assertThat(check(robot, Language.ZH_TW)).isEmpty();
    }

    @Test
    void everyPageFitsAndSpeaksEnglishAt1280x800(FxRobot robot) {
        assertThat(check(robot, Language.EN)).isEmpty();
    }

    /** The problems found on every page and tab, one line each. */
    private List<String> check(FxRobot robot, Language language) {
        SettingsStore store = new SettingsStore(settingsDir, Locale.TAIWAN);
        robot.interact(() -> window.show(stage, app, store, store.load().withLanguage(language),
                new BackgroundTasks(Runnable::run, Runnable::run), 1280, 800));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> problems = new LinkedHashSet<>();
        List<ToggleButton> pages = robot.lookup("#navigation .toggle-button").queryAllAs(ToggleButton.class).stream().toList();
        assertThat(pages).as("the sidebar's pages").hasSizeGreaterThanOrEqualTo(8);
        // every page on every cycle: the newest is mostly drafting, an older one holds the review and its follow-up
        List<org.uncacworkbench.cycle.Cycle> cycles = app.cycles().cycles();
        for (org.uncacworkbench.cycle.Cycle cycle : cycles.reversed()) {
            robot.interact(() -> window.viewModel.selectedCycleProperty().set(cycle));
            String suffix = cycle.equals(cycles.getLast()) ? "" : "-cycle" + cycle.number();
            for (int p = 0; p < pages.size(); p++) {
                ToggleButton page = robot.lookup("#navigation .toggle-button").queryAllAs(ToggleButton.class).stream().toList().get(p);
                String name = page.getId().replace("nav-", "") + suffix;
                robot.interact(page::fire);
                settle();
                chooseFirstItems(robot);
                problems.addAll(inspect(robot, language, name));
                Screenshots.save(window.scene, "layout-" + language.shortCode() + "-" + name);
                for (TabPane tabs : outermost(robot.lookup("#mainWindow .tab-pane").queryAllAs(TabPane.class))) {
                    checkTabs(robot, language, name, tabs, problems);
                }
            }
        }
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(cycles.getLast()));
        checkDialogs(robot, language, problems);
        return List.copyOf(problems);
    }

    /**
     * The dialogs the pages open: the cycle's setup, the follow-up's assessment scale, a warning, a
     * reason asked for, the minutes' missing English to fill in, a question asked before something
     * that cannot be undone, and the table an import shows for checking — each in its own window,
     * looked at the same way.
     */
    private void checkDialogs(FxRobot robot, Language language, Set<String> problems) {
        robot.interact(() -> robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).fire());
        settle();
        robot.clickOn("#editCycle"); // it waits for the dialog to close: fired from the robot's own call, it never returns
        inspectFormDialog(robot, language, "saveCycleSetup", "cycle-setup", problems);

        // the follow-up's assessment scale, on the cycle in follow-up
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycleByNumber(2).orElseThrow()));
        robot.interact(() -> robot.lookup("#nav-followup").queryAs(ToggleButton.class).fire());
        settle();
        chooseFirstItems(robot); // the point's form, where the scale is set, shows with a point chosen
        javafx.application.Platform.runLater(() -> robot.lookup("#editScale").queryButton().fire());
        inspectFormDialog(robot, language, "saveScale", "scale", problems);
        robot.interact(() -> window.viewModel.selectedCycleProperty().set(app.cycles().cycles().getLast()));

        org.uncacworkbench.i18n.Messages m = org.uncacworkbench.i18n.Messages.of(language);
        org.uncacworkbench.ui.FxDialogService dialogs = new org.uncacworkbench.ui.FxDialogService(stage, () -> m, url -> { });
        List<java.util.function.Supplier<javafx.scene.control.Dialog<?>>> alerts = List.of(
                () -> dialogs.message(javafx.scene.control.Alert.AlertType.WARNING, m.get("followup.assignSheet.title"),
                        m.text(org.uncacworkbench.i18n.UserMessage.of("followup.import.refusedOne",
                                org.uncacworkbench.i18n.UserMessage.of("followup.import.otherCycle", 1, 2)))),
                () -> dialogs.textDialog(m.get("editor.reopenTitle"), m.get("editor.reopenReason")),
                () -> dialogs.translations(m.get("panel.minutes.fillEnglish"), m.get("panel.minutes.fillEnglishHint"),
                        List.of(new org.uncacworkbench.panel.MissingEnglish(org.uncacworkbench.panel.MissingEnglish.Kind.RECORDER, 1, null, "王書記")
                                .describe(m), new org.uncacworkbench.panel.MissingEnglish(org.uncacworkbench.panel.MissingEnglish.Kind.COMMENT, 2, 3,
                                "建議增列各機關辦理廉政教育訓練之人次與成效評估，以利國際審查委員瞭解實際執行情形。").describe(m)),
                        List.of("王書記", "建議增列各機關辦理廉政教育訓練之人次與成效評估，以利國際審查委員瞭解實際執行情形。")),
                () -> dialogs.confirmation(m.get("review.observation.adoptTitle"), m.format("review.observation.adoptQuestion", 30, "—"),
                        List.of(m.get("review.observation.adopt"), m.get("dialog.cancel"))),
                () -> dialogs.tableQuestion(m.format("review.observation.import.previewTitle", 3), m.format("review.observation.import.preview", 1, 1, 1),
                        List.of(m.get("review.observation.import.column.no"), m.get("review.observation.import.column.change"),
                                m.get("review.observation.import.column.kind"), m.get("review.observation.import.column.articles"),
                                m.get("review.observation.import.column.start"), m.get("review.observation.import.column.flags")),
                        List.of(List.of("1", m.get("review.observation.change.added"), "Main finding", "5", "Outcomes are not measured.", "")),
                        List.of(m.get("review.observation.import.apply"), m.get("dialog.cancel"))));
        int n = 0;
        for (var make : alerts) {
            int index = ++n;
            javafx.scene.control.Dialog<?>[] shown = new javafx.scene.control.Dialog<?>[1];
            robot.interact(() -> {
                shown[0] = make.get();
                shown[0].initModality(javafx.stage.Modality.NONE);
                shown[0].show();
            });
            settle();
            javafx.scene.Scene scene = shown[0].getDialogPane().getScene();
            problems.addAll(inspect(scene.getRoot(), language, "dialog " + index));
            Screenshots.save(scene, "layout-" + language.shortCode() + "-dialog-" + index);
            robot.interact(() -> ((Stage) scene.getWindow()).close());
        }
    }

    /** Waits for the form dialog whose Save button is {@code saveId}, looks at it, keeps its picture and closes it. */
    private void inspectFormDialog(FxRobot robot, Language language, String saveId, String name, Set<String> problems) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#" + saveId).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the " + name + " dialog did not open", e);
        }
        settle();
        javafx.scene.Scene scene = robot.lookup("#" + saveId).query().getScene();
        problems.addAll(inspect(scene.getRoot(), language, name + " dialog"));
        Screenshots.save(scene, "layout-" + language.shortCode() + "-dialog-" + name);
        robot.interact(() -> ((Stage) scene.getWindow()).close());
    }

    /** Each tab of a tab pane in turn, and the tab panes inside it (a session's tabs inside the sessions tab). */
    private void checkTabs(FxRobot robot, Language language, String page, TabPane tabs, Set<String> problems) {
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            if (tab.isDisabled()) {
                continue;
            }
            boolean shownWithPage = tabs.getSelectionModel().getSelectedItem() == tab;
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            settle();
            chooseFirstItems(robot);
            String where = page + "-" + (tab.getId() != null ? tab.getId() : "tab" + tabs.getTabs().indexOf(tab));
            if (!shownWithPage) {
                problems.addAll(inspect(robot, language, where));
                Screenshots.save(window.scene, "layout-" + language.shortCode() + "-" + where);
            }
            if (tab.getContent() != null) {
                List<TabPane> inner = new ArrayList<>();
                nestedTabPanes(tab.getContent(), inner);
                for (TabPane nested : outermost(inner)) {
                    checkTabs(robot, language, where, nested, problems);
                }
            }
        }
    }

    private static void nestedTabPanes(Node node, List<TabPane> out) {
        if (node instanceof TabPane t) {
            out.add(t);
            return; // its own tabs are walked when it is checked
        }
        if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            nestedTabPanes(sp.getContent(), out);
        }
        if (node instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(i -> nestedTabPanes(i, out));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> nestedTabPanes(c, out));
        }
    }

    /** The tab panes not inside another of the list. */
    private static List<TabPane> outermost(java.util.Collection<TabPane> panes) {
        return panes.stream().filter(t -> panes.stream().noneMatch(o -> o != t && isInside(t, o))).toList();
    }

    private static boolean isInside(Node node, Node container) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS); // previews wait for a pause
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lists, tables and trees with nothing chosen get their first item chosen, so that the details beside them show. */
    private void chooseFirstItems(FxRobot robot) {
        for (Node n : robot.lookup("#mainWindow .list-view").queryAll()) {
            ListView<?> list = (ListView<?>) n;
            if (list.isVisible() && !list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
                robot.interact(() -> list.getSelectionModel().select(0));
            }
        }
        for (Node n : robot.lookup("#mainWindow .table-view").queryAll()) {
            TableView<?> table = (TableView<?>) n;
            if (table.isVisible() && !table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                robot.interact(() -> table.getSelectionModel().select(0));
            }
        }
        for (Node n : robot.lookup("#mainWindow .tree-view").queryAll()) {
            TreeView<?> tree = (TreeView<?>) n;
            if (tree.isVisible() && tree.getRoot() != null && tree.getSelectionModel().isEmpty()) {
                TreeItem<?> leaf = tree.getRoot();
                while (!leaf.getChildren().isEmpty()) {
                    leaf.setExpanded(true);
                    leaf = leaf.getChildren().getFirst();
                }
                TreeItem<?> chosen = leaf;
                robot.interact(() -> select(tree, chosen));
            }
        }
        settle();
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(TreeView<T> tree, TreeItem<?> item) {
        tree.getSelectionModel().select((TreeItem<T>) item);
    }

    private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z]{2,}[,.;:]?\\s+[A-Za-z]{2,}");

    /** What is wrong on the screen as it is now: text cut short, text in the other language. */
    private List<String> inspect(FxRobot robot, Language language, String where) {
        return inspect(window.scene.getRoot(), language, where);
    }

    private List<String> inspect(javafx.scene.Parent root, Language language, String where) {
        List<Node> shown = new ArrayList<>();
        collect(root, shown);
        Set<String> whole = new java.util.HashSet<>();
        for (Node n : shown) {
            if (n instanceof Labeled l && l.getText() != null && !cutShort(l)) {
                whole.add(l.getText().strip());
            } else if (n instanceof Text t && !(t.getParent() instanceof Labeled) && t.getText() != null) {
                whole.add(t.getText().strip());
            }
        }
        List<String> problems = new ArrayList<>();
        for (Node n : shown) {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                String text = l.getText().strip();
                if (cutShort(l) && !whole.contains(text)) {
                    problems.add(language.shortCode() + " " + where + ": cut short: \"" + text + "\" shown as \""
                            + displayed(l) + "\" (" + describe(l) + ")");
                }
                if (!otherLanguageOnPurpose(l)) {
                    wrongLanguage(language, text).ifPresent(w -> problems.add(language.shortCode() + " " + where + ": " + w
                            + ": \"" + text + "\" (" + describe(l) + ")"));
                }
            } else if (n instanceof Text t && !(t.getParent() instanceof Labeled) && t.getText() != null && !t.getText().isBlank()
                    && !otherLanguageOnPurpose(t) && !t.getClass().getName().startsWith("org.kordamp.ikonli")) {
                wrongLanguage(language, t.getText().strip()).ifPresent(w -> problems.add(language.shortCode() + " " + where + ": " + w
                        + ": \"" + t.getText().strip() + "\" (" + describe(t) + ")"));
            }
        }
        // prompts are chrome too
        for (Node n : shown) {
            if (n instanceof TextInputControl field && field.getPromptText() != null && !field.getPromptText().isBlank()) {
                wrongLanguage(language, field.getPromptText()).ifPresent(w -> problems.add(language.shortCode() + " " + where + ": " + w
                        + " (prompt): \"" + field.getPromptText() + "\" (" + describe(field) + ")"));
                Text probe = new Text(field.getPromptText());
                probe.setFont(field.getFont());
                double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
                if (field instanceof javafx.scene.control.TextField && (field.getText() == null || field.getText().isEmpty())
                        && probe.getLayoutBounds().getWidth() > room + 1) {
                    problems.add(language.shortCode() + " " + where + ": prompt cut short: \"" + field.getPromptText() + "\" needs "
                            + Math.round(probe.getLayoutBounds().getWidth()) + " px, has " + Math.round(room) + " (" + describe(field) + ")");
                }
            }
        }
        return problems;
    }

    /** Visible nodes inside the window's bounds, not descending into what the user typed. */
    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible() || node.getOpacity() == 0 || !onScreen(node)) {
            return;
        }
        out.add(node);
        if (node instanceof TextInputControl || node.getClass().getName().startsWith("org.fxmisc.richtext")) {
            return; // what the user typed (or the data holds) is in whatever language it is
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** Whether any of the node lies in the window (a row scrolled out of a list is not shown). */
    private static boolean onScreen(Node node) {
        var b = node.localToScene(node.getBoundsInLocal());
        var scene = node.getScene();
        return b != null && scene != null && b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < scene.getWidth()
                && b.getMinY() < scene.getHeight() && b.getWidth() > 0 && b.getHeight() > 0;
    }

    private static boolean cutShort(Labeled l) {
        String shown = displayed(l);
        if (shown == null) {
            return false;
        }
        String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
        return !shown.equals(full) && (shown.endsWith(l.getEllipsisString()) || shown.endsWith("…") || shown.length() < full.length());
    }

    /** The text the label's skin shows, which it cuts to fit. */
    private static String displayed(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getClass().getSimpleName().equals("LabeledText")) {
                return t.getText(); // not the graphic, which may be an icon (a Text of the icon font)
            }
        }
        return null;
    }

    /** Latin words in the Chinese interface, CJK characters in the English one; empty when the text fits its interface. */
    private static java.util.Optional<String> wrongLanguage(Language language, String text) {
        if (language.isChinese()) {
            return !Scripts.hasCjk(text) && LATIN_WORDS.matcher(text).find() ? java.util.Optional.of("English in the Chinese interface")
                    : java.util.Optional.empty();
        }
        return Scripts.hasCjk(text) ? java.util.Optional.of("Chinese in the English interface") : java.util.Optional.empty();
    }

    /** The node or one of its parents says it shows the other language on purpose (a title given in both, the data as typed). */
    private static boolean otherLanguageOnPurpose(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node n) {
        StringBuilder path = new StringBuilder(n.getClass().getSimpleName());
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getId() != null) {
                return path.append(" in #").append(p.getId()).toString();
            }
        }
        return path.toString();
    }
}
