package org.uncacworkbench.panel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.uncacworkbench.markdown.DocxToMarkdown;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * Reads a review pack a member returns from Word: which cycle, language and revisions it was made
 * from, each Word comment with the article and paragraph it is on, and each paragraph the member
 * changed with tracked changes (as it was, and as the member would have it). Paragraphs are counted
 * from 1 after each article's heading, as the member sees them.
 */
final class ReviewPackReader {

    record Comment(int article, int paragraph, String author, String text) {
    }

    record Change(int article, int paragraph, String before, String after) {
    }

    record Pack(int cycle, Language language, Map<Integer, Integer> revisions, List<Comment> comments, List<Change> changes,
                int outsideArticles) {
    }

    private static final Pattern ANCHOR = Pattern.compile("uncac_A(\\d{1,2})");
    private static final Pattern REVISION = Pattern.compile("A(\\d{1,2}):(\\d{1,9})");
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private ReviewPackReader() {
    }

    /** @param headings each article's heading text in the pack's languages, for packs whose bookmarks Word dropped */
    static Pack read(Path file, Map<String, Integer> headings) {
        return DocxToMarkdown.read(file, doc -> read(doc, file, headings));
    }

    private static Pack read(XWPFDocument doc, Path file, Map<String, Integer> headings) {
        Map<String, String> props = new HashMap<>();
        for (CTProperty p : doc.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()) {
            props.put(p.getName(), p.isSetLpwstr() ? p.getLpwstr() : null);
        }
        if (!"review-pack".equals(props.get("uncac.kind"))) {
            throw new WorkbenchException(UserMessage.of("pack.notAPack", file.getFileName().toString()));
        }
        int cycle;
        Language language;
        Map<Integer, Integer> revisions = new LinkedHashMap<>();
        try {
            cycle = Integer.parseInt(props.get("uncac.cycle"));
            language = Language.fromTag(props.get("uncac.language")).orElseThrow();
            String list = props.getOrDefault("uncac.revisions", "");
            for (String part : list.isBlank() ? new String[0] : list.split(",")) {
                Matcher m = REVISION.matcher(part.strip());
                if (!m.matches()) {
                    throw new IllegalArgumentException(part);
                }
                revisions.put(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)));
            }
        } catch (RuntimeException e) {
            throw new WorkbenchException(UserMessage.of("pack.tampered", file.getFileName().toString()), e);
        }
        Map<String, XWPFComment> comments = new HashMap<>();
        for (XWPFComment c : doc.getComments() == null ? new XWPFComment[0] : doc.getComments()) {
            comments.put(c.getId(), c);
        }
        List<Comment> found = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        int article = 0;
        int paragraph = 0;
        int outside = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            List<CTP> paragraphs = new ArrayList<>();
            String text;
            if (element instanceof XWPFParagraph p) {
                Integer heading = heading(p, headings);
                if (heading != null) {
                    article = heading;
                    paragraph = 0;
                    continue;
                }
                paragraphs.add(p.getCTP());
                text = p.getText();
            } else if (element instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(x -> paragraphs.add(x.getCTP()))));
                text = t.getText();
            } else {
                continue;
            }
            List<String> ids = new ArrayList<>();
            paragraphs.forEach(ctp -> ids.addAll(commentIds(ctp)));
            Change change = element instanceof XWPFParagraph ? change((XWPFParagraph) element) : null;
            boolean counts = !text.isBlank() || change != null;
            if (counts) {
                paragraph++;
            }
            for (String id : ids) {
                XWPFComment c = comments.get(id);
                if (c == null || !placed.add(id)) {
                    continue;
                }
                if (article == 0) {
                    outside++;
                } else {
                    found.add(new Comment(article, Math.max(1, paragraph), c.getAuthor(), c.getText().strip()));
                }
            }
            if (change != null) {
                if (article == 0) {
                    outside++;
                } else {
                    changes.add(new Change(article, paragraph, change.before(), change.after()));
                }
            }
        }
        return new Pack(cycle, language, revisions, found, changes, outside);
    }

    private static Integer heading(XWPFParagraph p, Map<String, Integer> headings) {
        for (CTBookmark b : p.getCTP().getBookmarkStartList()) {
            Matcher m = ANCHOR.matcher(String.valueOf(b.getName()));
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        }
        String style = p.getStyle();
        return style != null && style.toLowerCase(java.util.Locale.ROOT).startsWith("heading") ? headings.get(p.getText().strip()) : null;
    }

    private static List<String> commentIds(CTP ctp) {
        List<String> ids = new ArrayList<>();
        for (CTMarkupRange r : ctp.getCommentRangeStartList()) {
            ids.add(r.getId().toString());
        }
        for (var run : ctp.getRList()) {
            run.getCommentReferenceList().forEach(ref -> ids.add(ref.getId().toString()));
        }
        return ids;
    }

    /** The paragraph's text without and with the member's tracked changes; {@code null} if it has none. */
    private static Change change(XWPFParagraph p) {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        boolean changed = collect(p.getCTP(), before, after, null);
        return changed && !before.toString().equals(after.toString()) ? new Change(0, 0, before.toString(), after.toString()) : null;
    }

    /** Walks the paragraph's XML in order: plain runs go to both texts, insertions to after, deletions to before. */
    private static boolean collect(org.apache.xmlbeans.XmlObject node, StringBuilder before, StringBuilder after, String mode) {
        boolean changed = false;
        try (XmlCursor c = node.newCursor()) {
            if (!c.toFirstChild()) {
                return false;
            }
            do {
                javax.xml.namespace.QName name = c.getName();
                if (name == null || !W.equals(name.getNamespaceURI())) {
                    continue;
                }
                String local = name.getLocalPart();
                switch (local) {
                    case "ins", "moveTo" -> {
                        changed = true;
                        collect(c.getObject(), before, after, "ins");
                    }
                    case "del", "moveFrom" -> {
                        changed = true;
                        collect(c.getObject(), before, after, "del");
                    }
                    case "t", "delText" -> {
                        String text = c.getTextValue();
                        if (!"ins".equals(mode)) {
                            before.append(text);
                        }
                        if (!"del".equals(mode)) {
                            after.append(text);
                        }
                    }
                    case "tab" -> {
                        before.append(mode == null || mode.equals("del") ? "\t" : "");
                        after.append(mode == null || mode.equals("ins") ? "\t" : "");
                    }
                    case "r", "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple" ->
                            changed |= collect(c.getObject(), before, after, mode);
                    default -> {
                        // properties, bookmarks, comment marks: no text
                    }
                }
            } while (c.toNextSibling());
        }
        return changed;
    }
}
