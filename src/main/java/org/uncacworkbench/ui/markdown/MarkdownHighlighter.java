package org.uncacworkbench.ui.markdown;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Marks Markdown syntax in the editor: headings, emphasis, code, links, lists, quotes, tables, footnotes. */
final class MarkdownHighlighter {

    private static final Pattern PATTERN = Pattern.compile(
            "(?<HEADING>^#{1,6}\\s.*$)"
                    + "|(?<FENCE>^```.*$)"
                    + "|(?<QUOTE>^>.*$)"
                    + "|(?<TABLE>^\\s*\\|.*\\|\\s*$)"
                    + "|(?<LIST>^\\s*(?:[-*+]|\\d+\\.)\\s)"
                    + "|(?<FOOTNOTE>\\[\\^[^\\]]+\\]:?)"
                    + "|(?<STRONG>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)"
                    + "|(?<EM>\\*[^*\\n]+\\*|_[^_\\n]+_)"
                    + "|(?<STRIKE>~~[^~\\n]+~~)"
                    + "|(?<CODE>`[^`\\n]+`)"
                    + "|(?<LINK>!?\\[[^\\]\\n]*\\]\\([^)\\n]*\\))",
            Pattern.MULTILINE);

    private static final List<String> GROUPS = List.of("HEADING", "FENCE", "QUOTE", "TABLE", "LIST", "FOOTNOTE", "STRONG", "EM",
            "STRIKE", "CODE", "LINK");

    private MarkdownHighlighter() {
    }

    static StyleSpans<Collection<String>> highlight(String text) {
        Matcher m = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = GROUPS.stream().filter(g -> m.group(g) != null).findFirst().orElseThrow();
            spans.add(List.of(), m.start() - last);
            spans.add(List.of("mdx-" + style.toLowerCase(java.util.Locale.ROOT)), m.end() - m.start());
            last = m.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }
}
