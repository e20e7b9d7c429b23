package org.uncacworkbench.export;

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
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.uncacworkbench.markdown.Markdown;

/**
 * Writes Markdown into a Word document as Word's own structures: heading styles, runs with bold,
 * italic, strikethrough and code, hyperlinks, indented list items with their markers, quotes,
 * bordered tables whose header row repeats on every page, and real footnotes. Nothing typed is
 * dropped: raw HTML and undefined footnote references are written as text.
 */
final class MarkdownToWord {

    private static final int INDENT = 360;

    private final XWPFDocument doc;
    private final Fonts fonts;
    private final boolean chinese;
    /** Ordered lists numbered 一、（一）1.（1）rather than 1. a. i. */
    private final boolean governmentHierarchy;
    private final Map<FootnoteBlock, XWPFFootnote> footnotes = new IdentityHashMap<>();
    private final java.util.Set<FootnoteBlock> building = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> problems = new ArrayList<>();
    private WordLists lists;
    private long drawingId;
    private int tables;
    private int figures;

    private final TableOfContents toc;

    MarkdownToWord(XWPFDocument doc, Fonts fonts, boolean chinese, boolean governmentHierarchy, TableOfContents toc) {
        this.governmentHierarchy = governmentHierarchy;
        this.doc = doc;
        this.fonts = fonts;
        this.chinese = chinese;
        this.toc = toc;
    }

    /**
     * Gives the footnotes Word's separator line and continuation separator (footnotes -1 and 0,
     * which Word and LibreOffice draw above the notes), once every footnote is written.
     */
    void finish() {
        if (footnotes.isEmpty()) {
            return;
        }
        try (var cursor = footnotes.values().iterator().next().getCTFtnEdn().newCursor()) {
            cursor.toParent();
            var all = (org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFootnotes) cursor.getObject();
            separator(all.insertNewFootnote(0), -1, org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn.SEPARATOR);
            separator(all.insertNewFootnote(1), 0, org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn.CONTINUATION_SEPARATOR);
        }
    }

    private static void separator(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn note, int id,
                                  org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn.Enum type) {
        note.setId(BigInteger.valueOf(id));
        note.setType(type);
        var p = note.addNewP();
        p.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        var r = p.addNewR();
        if (id < 0) {
            r.addNewSeparator();
        } else {
            r.addNewContinuationSeparator();
        }
    }

    /** What could not be written as Word structure and was written as text instead, since the last call. */
    List<String> takeProblems() {
        List<String> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    private WordLists lists() {
        if (lists == null) {
            lists = new WordLists(doc, governmentHierarchy);
        }
        return lists;
    }

    void write(String markdown, int headingBase) {
        write(Markdown.parse(markdown), headingBase);
    }

    void write(Document ast, int headingBase) {
        int shallowest = 6;
        for (Node n : ast.getDescendants()) {
            if (n instanceof Heading h) {
                shallowest = Math.min(shallowest, h.getLevel());
            }
        }
        Context ctx = new Context(headingBase, shallowest);
        blocks(ast, ctx, 0);
        // definitions no one refers to still reach the reader, as footnotes at the section's end
        List<FootnoteBlock> unused = new ArrayList<>();
        for (Node n : ast.getDescendants()) {
            if (n instanceof FootnoteBlock fb && !footnotes.containsKey(fb)) {
                unused.add(fb);
            }
        }
        if (!unused.isEmpty()) {
            XWPFParagraph p = doc.createParagraph();
            unused.forEach(fb -> p.addFootnoteReference(footnote(fb)));
        }
    }

    private record Context(int headingBase, int shallowest) {
    }

    private void blocks(Node parent, Context ctx, int depth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, ctx, depth);
        }
    }

    private void block(Node n, Context ctx, int depth) {
        switch (n) {
            case Heading h -> {
                XWPFParagraph p = doc.createParagraph();
                int level = Math.min(6, ctx.headingBase() + h.getLevel() - ctx.shallowest() + 1);
                p.setStyle("Heading" + level);
                inlines(h, p, new Format());
                toc.heading(p, level, plainText(h));
            }
            case Paragraph para when captionOf(para) != null
                    && (para.getNext() instanceof TableBlock || para.getPrevious() instanceof TableBlock) -> caption(false, captionOf(para));
            case Paragraph para when figureCaptionOf(para) != null
                    && (isPicture(para.getNext()) || isPicture(para.getPrevious())) -> {
                if (isPicture(para.getPrevious()) && !doc.getParagraphs().isEmpty()) {
                    doc.getParagraphs().getLast().setKeepNext(true); // the picture stays with the caption below it
                }
                caption(true, figureCaptionOf(para));
            }
            case Paragraph para -> {
                XWPFParagraph p = doc.createParagraph();
                if (depth == 0) {
                    p.setStyle("BodyText");
                }
                indent(p, depth, false);
                inlines(para, p, new Format());
            }
            case BulletList list -> list(list, ctx, depth, false);
            case OrderedList list -> list(list, ctx, depth, true);
            case BlockQuote q -> {
                for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Paragraph para) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setStyle("Quote");
                        // a slanted Chinese face is a synthetic one: Chinese quotes stand upright, set off by their indent
                        inlines(para, p, new Format().with(f -> f.italic = !chinese));
                    } else {
                        block(c, ctx, depth + 1);
                    }
                }
            }
            case FencedCodeBlock code -> {
                String info = code.getInfo().toString().strip();
                // a language name is metadata; anything else typed after the fence is text and is kept
                String prefix = info.isEmpty() || info.matches("[A-Za-z0-9_+#.-]+") ? "" : info + "\n";
                codeBlock(prefix + code.getContentChars(), depth);
            }
            case IndentedCodeBlock code -> codeBlock(code.getContentChars().toString(), depth);
            case HtmlBlock html -> codeBlock(html.getChars().toString(), depth);
            case ThematicBreak ignored -> doc.createParagraph().setBorderBottom(Borders.SINGLE);
            case TableBlock table -> table(table);
            case FootnoteBlock ignored -> { } // written where it is referenced
            default -> {
                if (n.hasChildren()) {
                    blocks(n, ctx, depth);
                } else if (!n.getChars().isBlank()) {
                    run(doc.createParagraph(), n.getChars().toString(), new Format());
                }
            }
        }
    }

    private void list(Node list, Context ctx, int depth, boolean ordered) {
        int level = 0;
        for (Node a = list.getParent(); a != null; a = a.getParent()) {
            level += a instanceof ListItem ? 1 : 0;
        }
        BigInteger numId = lists().startList(ordered, level, list instanceof OrderedList ol ? ol.getStartNumber() : 1);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem li)) {
                continue;
            }
            boolean first = true;
            for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph para) {
                    XWPFParagraph p = doc.createParagraph();
                    if (first) {
                        WordLists.item(p, numId, level);
                    } else {
                        lists().continuation(p, ordered, level);
                    }
                    inlines(para, p, new Format());
                    first = false;
                } else {
                    block(c, ctx, depth + 1);
                }
            }
            if (first) {
                WordLists.item(doc.createParagraph(), numId, level); // an empty item still takes its number
            }
        }
    }

    /**
     * The caption a paragraph gives the table beside it ("Table: …", "表：…", as pandoc reads them),
     * or null.
     */
    private static String captionOf(Paragraph para) {
        return after(para, "Table:", "表：", "表:");
    }

    /** A paragraph "圖：…" / "Figure: …" beside a picture: that picture's caption. */
    private static String figureCaptionOf(Paragraph para) {
        return after(para, "Figure:", "圖：", "圖:");
    }

    /** The paragraph's text after the first of {@code prefixes} it starts with (and more), or null. */
    private static String after(Paragraph para, String... prefixes) {
        String text = plainText(para).strip();
        for (String prefix : prefixes) {
            if (text.startsWith(prefix) && text.length() > prefix.length()) {
                return text.substring(prefix.length()).strip();
            }
        }
        return null;
    }

    /** A paragraph that holds a picture and nothing else but spaces. */
    private static boolean isPicture(Node n) {
        if (!(n instanceof Paragraph para)) {
            return false;
        }
        boolean picture = false;
        for (Node c = para.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Image) {
                picture = true;
            } else if (!(c instanceof SoftLineBreak) && !(c instanceof Text t && t.getChars().isBlank())) {
                return false;
            }
        }
        return picture;
    }

    /**
     * 表 N　… / Table N. … (or 圖 N　… / Figure N. …), numbered by a SEQ field Word keeps counting when
     * tables and pictures move.
     */
    private void caption(boolean figure, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Caption");
        run(p, figure ? (chinese ? "圖 " : "Figure ") : (chinese ? "表 " : "Table "), new Format());
        WordSetup.field(p, figure ? "SEQ Figure \\* ARABIC" : "SEQ Table \\* ARABIC", String.valueOf(figure ? ++figures : ++tables));
        run(p, (chinese ? "　" : ". ") + text, new Format());
    }

    private static void indent(XWPFParagraph p, int depth, boolean hanging) {
        if (depth > 0) {
            p.setIndentationLeft(INDENT * depth + (hanging ? INDENT : 0));
            if (hanging) {
                p.setIndentationHanging(INDENT);
            }
        }
    }

    private void codeBlock(String text, int depth) {
        XWPFParagraph p = doc.createParagraph();
        indent(p, depth + 1, false);
        String[] lines = text.stripTrailing().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], new Format().with(f -> f.code = true));
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    private void table(TableBlock block) {
        List<TableRow> rows = new ArrayList<>();
        for (Node n : block.getDescendants()) {
            if (n instanceof TableRow tr && !(tr.getParent() instanceof TableSeparator)) {
                rows.add(tr);
            }
        }
        int columns = rows.stream().mapToInt(r -> {
            int c = 0;
            for (Node x = r.getFirstChild(); x != null; x = x.getNext()) {
                c += x instanceof TableCell ? 1 : 0;
            }
            return c;
        }).max().orElse(1);
        if (!doc.getBodyElements().isEmpty() && doc.getBodyElements().getLast() instanceof XWPFTable) {
            doc.createParagraph(); // Word joins adjacent tables; keep them apart
        }
        XWPFTable table = doc.createTable(rows.size(), columns);
        table.setWidth("100%");
        // the schema requires a grid before the rows; POI does not write one
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        int[] widths = columnWidths(rows, columns, WordSetup.A4_WIDTH - 2 * WordSetup.MARGIN);
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            boolean header = rows.get(r).getParent() instanceof TableHead;
            if (header) {
                row.setRepeatHeader(true); // Word repeats it at the top of every page the table spans
            }
            for (int c = 0; c < columns; c++) {
                var cell = row.getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                if (header) {
                    cell.setColor("D9E2F3");
                }
            }
            int c = 0;
            for (Node x = rows.get(r).getFirstChild(); x != null; x = x.getNext()) {
                if (x instanceof TableCell cell && c < columns) {
                    XWPFParagraph p = row.getCell(c).getParagraphs().getFirst();
                    p.setAlignment(switch (cell.getAlignment() == null ? TableCell.Alignment.LEFT : cell.getAlignment()) {
                        case CENTER -> ParagraphAlignment.CENTER;
                        case RIGHT -> ParagraphAlignment.RIGHT;
                        default -> ParagraphAlignment.LEFT;
                    });
                    inlines(cell, p, new Format().with(f -> f.bold = header));
                    c++;
                }
            }
        }
    }

    /**
     * Column widths from what the columns hold, counted in half-ems (a Latin letter one, a CJK
     * character two, plus the cell's margins). Each column first gets room for its longest word (a
     * short cell, such as a header "評價", counts as one word), then the rest of the width is shared
     * in proportion to how much text each holds in all (a column of long observations takes more
     * than one whose longest cell happens to be as long, so that the rows stay low).
     */
    private static int[] columnWidths(List<TableRow> rows, int columns, int textWidth) {
        final int halfEm = 120; // twips, at 12 pt
        double[] least = new double[columns];
        double[] natural = new double[columns];
        double[] mass = new double[columns];
        for (TableRow row : rows) {
            int c = 0;
            for (Node x = row.getFirstChild(); x != null; x = x.getNext()) {
                if (x instanceof TableCell cell && c < columns) {
                    String text = cell.getText().toString().strip();
                    double width = width(text);
                    double word = width <= 12 ? width : longestWord(text);
                    least[c] = Math.max(least[c], (Math.min(30, Math.max(2, word)) + 2) * halfEm);
                    natural[c] = Math.max(natural[c], (Math.min(600, Math.max(2, width)) + 2) * halfEm);
                    mass[c] += (Math.max(2, width) + 2) * halfEm;
                    c++;
                }
            }
        }
        double leastTotal = java.util.Arrays.stream(least).sum();
        double naturalTotal = java.util.Arrays.stream(natural).sum();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            double w;
            if (naturalTotal <= textWidth) {
                w = natural[c] * textWidth / naturalTotal;
            } else if (leastTotal >= textWidth) {
                w = least[c] * textWidth / leastTotal;
            } else {
                return shared(least, natural, mass, textWidth);
            }
            widths[c] = (int) w;
        }
        return widths;
    }

    /**
     * Widths when not every column fits its text on one line: columns that need less than an even
     * share of what is left get what they need; the others share the rest in proportion to all the text
     * they hold, never below their longest word. (Sharing only what exceeds each column's longest word starved
     * Chinese text, which breaks anywhere and so has almost no "longest word".)
     */
    private static int[] shared(double[] least, double[] natural, double[] mass, int textWidth) {
        int columns = least.length;
        double[] w = new double[columns];
        boolean[] fixed = new boolean[columns];
        double room = textWidth;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; c < columns; c++) {
                if (!fixed[c] && natural[c] <= room / countOpen(fixed)) {
                    w[c] = natural[c];
                    fixed[c] = true;
                    room -= natural[c];
                    changed = true;
                }
            }
        }
        double open = 0;
        for (int c = 0; c < columns; c++) {
            open += fixed[c] ? 0 : mass[c];
        }
        for (int c = 0; c < columns; c++) {
            if (!fixed[c]) {
                w[c] = Math.max(least[c], room * mass[c] / open);
            }
        }
        // too wide after giving each its longest word: take the excess from what columns have above it
        double total = java.util.Arrays.stream(w).sum();
        double above = 0;
        for (int c = 0; c < columns; c++) {
            above += w[c] - least[c];
        }
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            double cut = total > textWidth && above > 0 ? (total - textWidth) * (w[c] - least[c]) / above : 0;
            widths[c] = (int) (w[c] - cut);
        }
        return widths;
    }

    private static int countOpen(boolean[] fixed) {
        int n = 0;
        for (boolean f : fixed) {
            n += f ? 0 : 1;
        }
        return Math.max(1, n);
    }

    /** In half-ems: a CJK character two; a Latin letter a little more than one (serif faces run wide on some systems). */
    private static double width(String text) {
        return text.codePoints().mapToDouble(ch -> isCjk(ch) ? 2 : LATIN).sum();
    }

    private static final double LATIN = 1.25;

    /** The widest piece a line cannot be broken within: a Latin word, or one CJK character. */
    private static double longestWord(String text) {
        double longest = 0;
        double current = 0;
        for (int ch : text.codePoints().toArray()) {
            if (isCjk(ch)) {
                longest = Math.max(longest, Math.max(current, 2));
                current = 0;
            } else if (Character.isWhitespace(ch)) {
                current = 0;
            } else {
                current += LATIN;
                longest = Math.max(longest, current);
            }
        }
        return longest;
    }

    private void inlines(Node parent, XWPFParagraph p, Format format) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> run(p, t.getChars().toString(), format);
                case SoftLineBreak br -> {
                    // a line wrapped in the editor: a space between words, nothing between CJK characters
                    // (as pandoc's east_asian_line_breaks)
                    if (!(isCjk(lastChar(br.getPrevious())) && isCjk(firstChar(br.getNext())))) {
                        run(p, " ", format);
                    }
                }
                case HardLineBreak ignored -> p.createRun().addBreak();
                case StrongEmphasis s -> inlines(s, p, format.with(f -> f.bold = true));
                case Emphasis e -> inlines(e, p, format.with(f -> f.italic = true));
                case Strikethrough s -> inlines(s, p, format.with(f -> f.strike = true));
                case Code c -> run(p, c.getText().toString(), format.with(f -> f.code = true));
                case Link l -> link(p, l, format);
                case Image img -> image(p, img, format);
                case Footnote f -> {
                    FootnoteBlock target = f.getFootnoteBlock();
                    if (target == null || !building.isEmpty()) {
                        // a reference to nothing stays visible; Word has no footnotes inside footnotes, so one
                        // there stays as text (its definition still reaches the reader at the section's end)
                        run(p, "[^" + f.getText() + "]", format);
                    } else {
                        p.addFootnoteReference(footnote(target));
                    }
                }
                // a line break inside a table's cell, where Markdown has no other way to write one
                case HtmlInline h when h.getChars().toString().matches("(?i)<br\\s*/?>") -> p.createRun().addBreak();
                case HtmlInline h -> run(p, h.getChars().toString(), format);
                case com.vladsch.flexmark.ast.LinkRef ref when !ref.isDefined() -> {
                    // "[Chinese only]", "[1]": brackets that refer to nothing are text, as CommonMark says
                    run(p, "[", format);
                    inlines(ref, p, format);
                    run(p, "]", format);
                    if (!ref.isReferenceTextCombined() && !ref.getReference().isEmpty()) {
                        run(p, "[" + ref.getReference() + "]", format);
                    }
                }
                default -> {
                    if (n.hasChildren()) {
                        inlines(n, p, format);
                    } else {
                        run(p, n.getChars().toString(), format);
                    }
                }
            }
        }
    }

    /**
     * A hyperlink; a target Word cannot take (a backslash, a space, as people type by hand) is written
     * as text after the link's words, and reported, rather than stopping the document.
     */
    private void link(XWPFParagraph p, Link l, Format format) {
        String url = l.getUrl().toString();
        String words = l.getText().toString();
        try {
            java.net.URI.create(url);
            var link = p.createHyperlinkRun(url);
            link.setText(words);
            link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            link.setColor("0B5CAD");
            style(link, format);
            hint(link, words);
        } catch (RuntimeException invalid) {
            run(p, words.isEmpty() ? url : words + " <" + url + ">", format);
            problems.add(url);
        }
    }

    /** The words of a node without its markup, as a table of contents shows them. */
    private static String plainText(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node d : n.getDescendants()) {
            if (d instanceof Text || d instanceof Code) {
                b.append(d instanceof Code c ? c.getText() : d.getChars());
            } else if (d instanceof SoftLineBreak) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static int lastChar(Node n) {
        String s = n == null ? "" : n.getChars().toString();
        return s.isEmpty() ? -1 : s.codePointBefore(s.length());
    }

    private static int firstChar(Node n) {
        String s = n == null ? "" : n.getChars().toString();
        return s.isEmpty() ? -1 : s.codePointAt(0);
    }

    static boolean isCjk(int c) {
        return org.uncacworkbench.i18n.Scripts.isCjk(c);
    }

    private static boolean hasCjk(String text) {
        return org.uncacworkbench.i18n.Scripts.hasCjk(text);
    }

    /** Punctuation Chinese and Latin text share (…… —— “” ‘’): Chinese in a Chinese edition. */
    private static boolean hasSharedPunctuation(String text) {
        return text.codePoints().anyMatch(c -> c == 0x2026 || c == 0x2014 || c == 0x2015 || (c >= 0x2018 && c <= 0x201D));
    }

    /**
     * Tags a run holding CJK text so that Word sets all of it — the "……" and the quotation marks it
     * shares with Latin text too — in the East Asian font.
     */
    private void hint(XWPFRun r, String text) {
        if (hasCjk(text) || chinese && hasSharedPunctuation(text)) {
            var rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
            var fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
            fonts.setHint(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint.EAST_ASIA);
        }
    }

    /**
     * Embeds a local image (a path or file: URL), scaled to fit the text width. Images on the web are
     * not fetched while exporting; they, and files that cannot be read as images, stay as a labelled
     * placeholder so the reader sees something is meant to be there.
     */
    private void image(XWPFParagraph p, Image img, Format format) {
        String url = img.getUrl().toString();
        String alt = img.getText().toString();
        try {
            java.nio.file.Path file = url.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(url)) : java.nio.file.Path.of(url);
            if (!url.contains("://") || url.startsWith("file:")) {
                if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) < 20L * 1024 * 1024) {
                    java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(file.toFile());
                    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                    int type = name.endsWith(".png") ? org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG
                            : name.endsWith(".gif") ? org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_GIF
                            : name.endsWith(".jpg") || name.endsWith(".jpeg") ? org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG : -1;
                    if (picture != null && type > 0) {
                        double maxWidth = (WordSetup.A4_WIDTH - 2.0 * WordSetup.MARGIN) / 1440 * 96; // text width in pixels at 96 dpi
                        double scale = Math.min(1.0, maxWidth / picture.getWidth());
                        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                            XWPFRun r = p.createRun();
                            r.addPicture(in, type, file.getFileName().toString(),
                                    org.apache.poi.util.Units.pixelToEMU((int) (picture.getWidth() * scale)),
                                    org.apache.poi.util.Units.pixelToEMU((int) (picture.getHeight() * scale)));
                            describe(r, alt);
                        }
                        return;
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            // fall through to the placeholder: an unreadable picture must not stop the export
        }
        run(p, (chinese ? "［圖：" : "[Image: ") + alt + (chinese ? "］" : "]"), format.with(f -> f.italic = true));
    }

    /**
     * The picture's description is the Markdown's alt text (what a screen reader says; POI puts the
     * file name), and its drawing id is its own (POI gives every picture the same one).
     */
    private void describe(XWPFRun r, String alt) {
        var drawings = r.getCTR().getDrawingList();
        var inline = drawings.getLast().getInlineArray(0);
        inline.getDocPr().setId(++drawingId);
        inline.getDocPr().setName("Picture " + drawingId);
        inline.getDocPr().setDescr(alt);
    }

    private XWPFFootnote footnote(FootnoteBlock block) {
        XWPFFootnote existing = footnotes.get(block);
        if (existing != null) {
            return existing;
        }
        XWPFFootnote note = doc.createFootnote();
        footnotes.put(block, note); // registered first: a note that refers to itself must not recurse
        building.add(block);
        for (Node c = block.getFirstChild(); c != null; c = c.getNext()) {
            XWPFParagraph p = note.createParagraph();
            p.setStyle("FootnoteText");
            if (c == block.getFirstChild()) {
                p.createRun().setText(" "); // the number stands apart from the text
            }
            if (c instanceof Paragraph para) {
                inlines(para, p, new Format());
            } else {
                run(p, c.getChars().toString(), new Format());
            }
        }
        if (block.getFirstChild() == null) {
            note.createParagraph().setStyle("FootnoteText");
        }
        building.remove(block);
        return note;
    }

    private XWPFRun run(XWPFParagraph p, String text, Format format) {
        XWPFRun r = p.createRun();
        boolean quotes = text.indexOf('"') >= 0 || text.indexOf('\'') >= 0;
        r.setText(chinese || format.code || !quotes ? text : typographic(text, p.getText()));
        style(r, format);
        hint(r, text);
        return r;
    }

    private void style(XWPFRun r, Format f) {
        if (f.bold) {
            r.setBold(true);
        }
        if (f.italic) {
            r.setItalic(true);
        }
        if (f.strike) {
            r.setStrikeThrough(true);
        }
        if (f.code) {
            // body text takes its fonts from the document defaults and styles; only code differs
            var rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
            WordSetup.setFonts(rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts(), "Courier New", fonts.eastAsia());
        }
    }

    /**
     * English typography: straight quotes become curly ones — opening after a space, a bracket or the
     * start of the paragraph ({@code before} is the paragraph's text so far), closing otherwise; an
     * apostrophe inside a word is ’.
     */
    static String typographic(String text, String before) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int previous = before.isEmpty() ? ' ' : before.codePointBefore(before.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = Character.isWhitespace(previous) || "([{\u2014\u2013/-\u201C\u2018".indexOf(previous) >= 0;
            if (c == '"') {
                out.append(opening ? '\u201C' : '\u201D');
            } else if (c == '\'') {
                out.append(opening ? '\u2018' : '\u2019');
            } else {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    /** Emphasis in effect for a run; copied, never shared, as the walk goes deeper. */
    private static final class Format {
        boolean bold;
        boolean italic;
        boolean strike;
        boolean code;

        Format with(java.util.function.Consumer<Format> change) {
            Format f = new Format();
            f.bold = bold;
            f.italic = italic;
            f.strike = strike;
            f.code = code;
            change.accept(f);
            return f;
        }
    }

}
