package org.uncacworkbench.sampledata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uncacworkbench.i18n.UserMessage;

/**
 * Splits a demo report file into sections. Each section starts with a line
 * {@code <!-- section: A14 -->}; the marker is an HTML comment, so the file still reads as Markdown.
 */
final class MarkdownSections {

    private static final Pattern MARKER = Pattern.compile("^<!--\\s*section:\\s*(\\S+)\\s*-->\\s*$");

    private MarkdownSections() {
    }

    /** Section key → its text, in file order. */
    static Map<String, Located> parse(String file, String content) {
        Map<String, Located> sections = new LinkedHashMap<>();
        String[] lines = content.split("\r?\n", -1);
        String key = null;
        long keyLine = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.matches()) {
                put(file, sections, key, keyLine, body);
                key = m.group(1);
                keyLine = i + 1L;
                if (sections.containsKey(key)) {
                    throw new SampleDataException(file, keyLine, UserMessage.of("sample.duplicateSection", key));
                }
                body.setLength(0);
            } else if (key == null) {
                if (!lines[i].isBlank()) {
                    throw new SampleDataException(file, i + 1L, UserMessage.of("sample.textBeforeMarker"));
                }
            } else {
                body.append(lines[i]).append('\n');
            }
        }
        put(file, sections, key, keyLine, body);
        return sections;
    }

    private static void put(String file, Map<String, Located> sections, String key, long line, StringBuilder body) {
        if (key == null) {
            return;
        }
        String text = body.toString().strip();
        if (text.isEmpty()) {
            throw new SampleDataException(file, line, UserMessage.of("sample.emptySection", key));
        }
        sections.put(key, new Located(text, line));
    }

    /** A section's text and the line of its marker. */
    record Located(String text, long line) {
    }
}
