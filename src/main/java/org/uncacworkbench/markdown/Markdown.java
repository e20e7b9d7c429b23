package org.uncacworkbench.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** The one Markdown dialect of the workbench: CommonMark with tables, footnotes and strikethrough. */
public final class Markdown {

    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        PARSER = Parser.builder(options).build();
    }

    private Markdown() {
    }

    /** Parses any text; Markdown has no syntax errors, so this never fails. */
    public static Document parse(String text) {
        return PARSER.parse(text == null ? "" : text);
    }

    private static final java.util.regex.Pattern LINE_MARKS = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]{0,3}(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+|\\d{1,9}[.)][ \\t]+|\\|?[ \\t]*:?-{3,}:?[ \\t|:-]*$)");
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

    /**
     * A fragment of Markdown as it reads: without heading, quote and list marks, emphasis and code
     * marks, footnote references and table bars; a link or picture keeps its text; lines run on.
     */
    public static String plainText(String fragment) {
        String s = LINE_MARKS.matcher(fragment).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = s.replaceAll("\\[\\^[^\\]]*]", "");
        s = s.replace("**", "").replace("__", "").replace("~~", "").replace("`", "");
        s = s.replaceAll("(?<![\\p{L}\\p{N}])[*_]|[*_](?![\\p{L}\\p{N}])", "");
        s = s.replaceAll("[ \\t]*\\|[ \\t]*", " ");
        return s.replaceAll("\\s*\\n\\s*", " ");
    }
}
