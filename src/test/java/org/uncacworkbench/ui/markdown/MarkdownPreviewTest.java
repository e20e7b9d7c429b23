package org.uncacworkbench.ui.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.uncacworkbench.markdown.Markdown;

@ExtendWith(ApplicationExtension.class)
class MarkdownPreviewTest {

    private static VBox render(String markdown) {
        try {
            return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> MarkdownPreview.render(Markdown.parse(markdown), "Notes")));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Text t) {
            out.append(t.getText());
        } else if (node instanceof Labeled l) {
            out.append(l.getText()).append('|');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static <T> List<T> all(Node node, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type.isInstance(node)) {
            out.add(type.cast(node));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(all(c, type)));
        }
        return out;
    }

    @Test
    void tablesKeepHeaderBodyAndAlignmentButNotTheSeparator() {
        VBox root = render("| 年度 | 件數 |\n|:---|---:|\n| 2019 | 21,290 |\n| 2020 | |\n");
        GridPane table = all(root, GridPane.class).getFirst();
        assertThat(table.getChildren()).hasSize(6);
        assertThat(text(root)).doesNotContain("---");
        TextFlow number = (TextFlow) table.getChildren().get(3);
        assertThat(number.getTextAlignment()).isEqualTo(javafx.scene.text.TextAlignment.RIGHT);
    }

    @Test
    void footnotesAreNumberedByFirstReferenceAndListedAtTheEnd() {
        VBox root = render("甲[^b]乙[^a]丙[^b]\n\n[^a]: 第一註。\n[^b]: 第二註。\n[^unused]: 沒人引用。\n");
        String shown = text(root);
        assertThat(shown).contains("甲[1]乙[2]丙[1]");
        assertThat(shown.indexOf("[1] 第二註")).isLessThan(shown.indexOf("[2] 第一註"));
        assertThat(shown).contains("[3] 沒人引用");
    }

    @Test
    void nothingTypedIsLost() {
        String md = """
                # 標題 *斜* **粗** ~~刪~~ `code`
                > 引言 [連結](https://example.org)

                1. 一
                   - 巢狀
                     - 更深
                2. 二

                引用未定義的註腳[^nope]，<span>raw html</span>，![圖](missing.png)，😀 與 𠀀。

                ```
                fenced
                ```
                """;
        String shown = text(render(md));
        for (String piece : new String[] {"標題", "斜", "粗", "刪", "code", "引言", "連結", "一", "巢狀", "更深", "二",
                "[^nope]", "<span>", "raw html", "圖", "😀", "𠀀", "fenced"}) {
            assertThat(shown).as(piece).contains(piece);
        }
    }

    @Test
    void emptyAndOddInputRenderWithoutError() {
        for (String odd : new String[] {"", "\n\n\n", "|", "| a |\n|---|\n", "[^x]:", "*", "> > > deep", "1.", "- \n-\n"}) {
            assertThat(render(odd)).as(odd).isNotNull();
        }
    }

    @Test
    void theEditorsClassesCanBeReadAheadOffTheScreensThread() throws Exception {
        // the program does this on a background thread after its first screen; a failure there would be
        // dropped silently and the first section would open slowly again, so it is proven here
        Thread.Builder builder = Thread.ofPlatform().name("read-ahead");
        Throwable[] failure = new Throwable[1];
        Thread t = builder.start(() -> {
            try {
                EditorPane.prepare(org.uncacworkbench.i18n.Messages.of(org.uncacworkbench.i18n.Language.EN));
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        t.join(30_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(failure[0]).isNull();
    }
}
