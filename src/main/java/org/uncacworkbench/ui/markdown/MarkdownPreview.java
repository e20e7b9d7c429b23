package org.uncacworkbench.ui.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * Draws a parsed Markdown document as JavaFX nodes: headings, paragraphs with bold, italic,
 * strikethrough, code and links, nested lists, block quotes, tables with column alignment,
 * footnotes (numbered in order of first reference, listed at the end), images and code blocks.
 */
public final class MarkdownPreview {

    private final List<FootnoteBlock> footnotes = new ArrayList<>();
    private final String footnotesTitle;

    private MarkdownPreview(String footnotesTitle) {
        this.footnotesTitle = footnotesTitle;
    }

    public static VBox render(Document document, String footnotesTitle) {
        return new MarkdownPreview(footnotesTitle).document(document);
    }

    private VBox document(Document document) {
        VBox root = blocks(document);
        root.getStyleClass().addAll("md-document", org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE); // the text as written, in its language
        List<FootnoteBlock> defined = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof FootnoteBlock fb) {
                defined.add(fb);
            }
        }
        // referenced ones in order of reference, then definitions nobody refers to
        for (FootnoteBlock fb : defined) {
            if (!footnotes.contains(fb)) {
                footnotes.add(fb);
            }
        }
        if (!footnotes.isEmpty()) {
            root.getChildren().add(new Separator());
            Label title = new Label(footnotesTitle);
            title.getStyleClass().add("md-footnotes-title");
            root.getChildren().add(title);
            for (int i = 0; i < footnotes.size(); i++) {
                FootnoteBlock fb = footnotes.get(i);
                TextFlow flow = new TextFlow(text("[" + (i + 1) + "] ", "md-footnote-number"));
                for (Node c = fb.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Paragraph p) {
                        inlines(p, flow, List.of());
                    } else {
                        flow.getChildren().add(text(c.getChars().toString(), "md-text"));
                    }
                }
                flow.getStyleClass().add("md-footnote");
                root.getChildren().add(flow);
            }
        }
        return root;
    }

    private VBox blocks(Node parent) {
        VBox box = new VBox();
        box.getStyleClass().add("md-blocks");
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            javafx.scene.Node block = block(n);
            if (block != null) {
                box.getChildren().add(block);
            }
        }
        return box;
    }

    private javafx.scene.Node block(Node n) {
        return switch (n) {
            case Heading h -> flow(h, "md-h" + Math.min(h.getLevel(), 4));
            case Paragraph p -> flow(p, "md-paragraph");
            case BulletList list -> list(list, false);
            case OrderedList list -> list(list, true);
            case BlockQuote q -> styled(blocks(q), "md-quote");
            case FencedCodeBlock code -> codeBlock(code.getContentChars().toString());
            case IndentedCodeBlock code -> codeBlock(code.getContentChars().toString());
            case ThematicBreak ignored -> new Separator();
            case TableBlock table -> table(table);
            case HtmlBlock html -> codeBlock(html.getChars().toString());
            case FootnoteBlock ignored -> null; // listed at the end
            default -> n.hasChildren() ? blocks(n) : flowOf(text(n.getChars().toString(), "md-text"), "md-paragraph");
        };
    }

    private TextFlow flow(Node n, String style) {
        TextFlow flow = new TextFlow();
        inlines(n, flow, List.of());
        return styled(flow, style);
    }

    private static TextFlow flowOf(javafx.scene.text.Text t, String style) {
        return styled(new TextFlow(t), style);
    }

    private void inlines(Node parent, TextFlow flow, List<String> styles) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> flow.getChildren().add(text(t.getChars().toString(), styles));
                case SoftLineBreak ignored -> flow.getChildren().add(text(" ", styles));
                case HardLineBreak ignored -> flow.getChildren().add(text("\n", styles));
                case StrongEmphasis s -> inlines(s, flow, plus(styles, "md-strong"));
                case Emphasis e -> inlines(e, flow, plus(styles, "md-em"));
                case Strikethrough s -> inlines(s, flow, plus(styles, "md-strike"));
                case Code c -> flow.getChildren().add(text(c.getText().toString(), plus(styles, "md-code")));
                case Link l -> inlines(l, flow, plus(styles, "md-link"));
                case Image img -> flow.getChildren().add(image(img));
                case Footnote f -> flow.getChildren().add(footnoteMark(f));
                case HtmlInline h -> flow.getChildren().add(text(h.getChars().toString(), plus(styles, "md-html")));
                default -> {
                    if (n.hasChildren()) {
                        inlines(n, flow, styles);
                    } else {
                        flow.getChildren().add(text(n.getChars().toString(), styles));
                    }
                }
            }
        }
    }

    private javafx.scene.Node footnoteMark(Footnote f) {
        FootnoteBlock target = f.getFootnoteBlock();
        if (target == null) {
            return text("[^" + f.getText() + "]", "md-footnote-missing"); // a reference with no definition stays visible
        }
        if (!footnotes.contains(target)) {
            footnotes.add(target);
        }
        return text("[" + (footnotes.indexOf(target) + 1) + "]", "md-footnote-ref");
    }

    private static javafx.scene.Node image(Image img) {
        String url = img.getUrl().toString();
        if (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("file:")) {
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(new javafx.scene.image.Image(url, 480, 0, true, true, true));
            view.getStyleClass().add("md-image");
            return view;
        }
        return text("🖼 " + img.getText(), "md-image-missing");
    }

    private VBox list(Node list, boolean ordered) {
        VBox box = new VBox();
        box.getStyleClass().add("md-list");
        int number = list instanceof OrderedList ol ? ol.getStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem li)) {
                continue;
            }
            String marker = ordered ? (number++) + "." : "•";
            Label bullet = new Label(marker);
            bullet.getStyleClass().add("md-bullet");
            bullet.setMinWidth(22);
            VBox content = blocks(li);
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(4, bullet, content);
            if (li instanceof OrderedListItem) {
                row.getStyleClass().add("md-ordered-item");
            }
            box.getChildren().add(row);
        }
        return box;
    }

    private GridPane table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        int columns = 0;
        for (Node n : table.getDescendants()) {
            if (n instanceof TableRow tr && !(tr.getParent() instanceof com.vladsch.flexmark.ext.tables.TableSeparator)) {
                int col = 0;
                boolean header = tr.getParent() instanceof com.vladsch.flexmark.ext.tables.TableHead;
                for (Node c = tr.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        TextFlow flow = new TextFlow();
                        inlines(cell, flow, header ? List.of("md-strong") : List.of());
                        flow.getStyleClass().add(header ? "md-th" : "md-td");
                        flow.setTextAlignment(switch (cell.getAlignment() == null ? TableCell.Alignment.LEFT : cell.getAlignment()) {
                            case CENTER -> javafx.scene.text.TextAlignment.CENTER;
                            case RIGHT -> javafx.scene.text.TextAlignment.RIGHT;
                            default -> javafx.scene.text.TextAlignment.LEFT;
                        });
                        grid.add(flow, col++, row);
                    }
                }
                columns = Math.max(columns, col);
                row++;
            }
        }
        for (int i = 0; i < columns; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.LEFT);
            cc.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private static Label codeBlock(String code) {
        Label l = new Label(code.stripTrailing());
        l.getStyleClass().add("md-code-block");
        l.setWrapText(true);
        return l;
    }

    private static javafx.scene.text.Text text(String s, String style) {
        return text(s, List.of(style));
    }

    private static javafx.scene.text.Text text(String s, List<String> styles) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.getStyleClass().add("md-text");
        t.getStyleClass().addAll(styles);
        return t;
    }

    private static List<String> plus(List<String> styles, String style) {
        List<String> out = new ArrayList<>(styles);
        out.add(style);
        return out;
    }

    private static <T extends javafx.scene.Node> T styled(T node, String style) {
        node.getStyleClass().add(style);
        return node;
    }
}
