package org.uncacworkbench.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * Turns a Word (.docx) document, as agencies send them, into the workbench's Markdown: headings,
 * paragraphs with bold, italic and strikethrough, links, nested bulleted and numbered lists,
 * tables and footnotes. Files that are too large, not Word, password-protected, damaged or built
 * to exhaust memory (zip bombs) are refused with a message; nothing is half-read.
 */
public final class DocxToMarkdown {

    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    private static final Pattern FOOTNOTE_PLACEHOLDER = Pattern.compile("\\[footnoteRef:\\d+\\]");
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*([1-6])|標題\\s*([1-6])");

    private final XWPFDocument doc;
    private final Map<BigInteger, Integer> footnoteNumbers = new LinkedHashMap<>();
    private final List<String> footnoteTexts = new ArrayList<>();

    private DocxToMarkdown(XWPFDocument doc) {
        this.doc = doc;
    }

    public static String convert(Path file) {
        return read(file, doc -> new DocxToMarkdown(doc).markdown());
    }

    /**
     * Opens a Word file with the checks every import makes (size, format, password, zip bomb,
     * damage) and reads it; a bad file is refused with a message saying which and why.
     */
    public static <T> T read(Path file, java.util.function.Function<XWPFDocument, T> reader) {
        check(file);
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            return reader.apply(doc);
        } catch (EncryptedDocumentException e) {
            throw refuse("import.passwordProtected", file, e);
        } catch (NotOfficeXmlFileException e) {
            throw refuse("import.notWord", file, e);
        } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceed")) {
                throw refuse("import.zipBomb", file, e);
            }
            throw refuse("import.corrupt", file, e);
        }
    }

    private static void check(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new WorkbenchException(UserMessage.of("import.notFound", file.toString()));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new WorkbenchException(UserMessage.of("import.tooLarge", file.toString(), MAX_FILE_BYTES / (1024 * 1024)));
            }
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            if (magic == FileMagic.OLE2) {
                // an OLE2 container is either an encrypted .docx or an old binary .doc
                try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
                    boolean encrypted = fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
                    throw new WorkbenchException(UserMessage.of(encrypted ? "import.passwordProtected" : "import.oldWord", file.toString()));
                }
            }
            if (magic != FileMagic.OOXML) {
                throw new WorkbenchException(UserMessage.of("import.notWord", file.toString()));
            }
        } catch (IOException e) {
            throw refuse("import.corrupt", file, e);
        }
    }

    private static WorkbenchException refuse(String key, Path file, Throwable cause) {
        return new WorkbenchException(UserMessage.of(key, file.toString(), String.valueOf(cause.getMessage())), cause);
    }

    private String markdown() {
        List<String> blocks = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        java.util.Deque<Integer> openLevels = new java.util.ArrayDeque<>(); // Word's levels of the items the next one may nest in
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getNumID() != null && !p.getText().isBlank()) {
                // Word lets a list start, or go on, levels deeper than the item before; Markdown nests one
                // level at a time (deeper indentation would read as code): an item nests in the nearest item
                // of a lower Word level, one Markdown level deeper
                int wordLevel = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
                while (!openLevels.isEmpty() && openLevels.peek() >= wordLevel) {
                    openLevels.pop();
                }
                list.append(listItem(p, openLevels.size())).append('\n');
                openLevels.push(wordLevel);
                continue;
            }
            if (!list.isEmpty()) {
                blocks.add(list.toString().stripTrailing());
                list.setLength(0);
            }
            openLevels.clear();
            if (element instanceof XWPFParagraph p) {
                String block = paragraph(p);
                if (!block.isBlank()) {
                    blocks.add(block);
                }
            } else if (element instanceof XWPFTable t) {
                blocks.add(table(t));
            }
        }
        if (!list.isEmpty()) {
            blocks.add(list.toString().stripTrailing());
        }
        for (int i = 0; i < footnoteTexts.size(); i++) {
            blocks.add("[^" + (i + 1) + "]: " + footnoteTexts.get(i));
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private String paragraph(XWPFParagraph p) {
        String text = inline(p, false).strip();
        if (text.isEmpty()) {
            return "";
        }
        int level = headingLevel(p);
        if (level > 0) {
            return "#".repeat(level) + " " + text.replace("\n", " ");
        }
        // a line that would read as Markdown syntax is escaped so it stays text; Word line breaks stay breaks
        return text.replace("\n", "\\\n").replaceFirst("^(#{1,6}\\s|>|[-+*]\\s|\\d+[.)]\\s)", "\\\\$1");
    }

    private int headingLevel(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return 0;
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        for (String name : new String[] {id, style == null ? null : style.getName()}) {
            if (name == null) {
                continue;
            }
            if (name.equalsIgnoreCase("Title")) {
                return 1;
            }
            Matcher m = HEADING_STYLE.matcher(name);
            if (m.find()) {
                return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return 0;
    }

    private String listItem(XWPFParagraph p, int level) {
        String format = p.getNumFmt();
        boolean ordered = format != null && !format.equals("bullet") && !format.equals("none");
        return "    ".repeat(level) + (ordered ? "1. " : "- ") + inline(p, false).strip().replace("\n", " ");
    }

    private String table(XWPFTable t) {
        StringBuilder out = new StringBuilder();
        List<XWPFTableRow> rows = t.getRows();
        int columns = rows.stream().mapToInt(r -> r.getTableCells().size()).max().orElse(1);
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            for (int c = 0; c < columns; c++) {
                String text = c < cells.size() ? cell(cells.get(c)) : "";
                out.append(' ').append(text).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private String cell(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String text = inline(p, true).strip();
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join("<br>", parts).replace("\n", "<br>");
    }

    private String inline(XWPFParagraph p, boolean inTable) {
        StringBuilder out = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            // POI writes a placeholder for each footnote reference into the run's text; ours comes below
            String text = escape(FOOTNOTE_PLACEHOLDER.matcher(run.text()).replaceAll(""), inTable);
            if (run instanceof XWPFHyperlinkRun link && link.getHyperlink(doc) != null) {
                text = "[" + text + "](" + link.getHyperlink(doc).getURL() + ")";
            }
            out.append(format(run, text));
            for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                out.append("[^").append(footnote(ref.getId())).append(']');
            }
        }
        return out.toString();
    }

    private int footnote(BigInteger id) {
        return footnoteNumbers.computeIfAbsent(id, key -> {
            XWPFFootnote note = doc.getFootnoteByID(key.intValue());
            List<String> parts = new ArrayList<>();
            if (note != null) {
                for (XWPFParagraph fp : note.getParagraphs()) {
                    String t = inline(fp, false).strip();
                    if (!t.isEmpty()) {
                        parts.add(t);
                    }
                }
            }
            footnoteTexts.add(String.join(" ", parts));
            return footnoteTexts.size();
        });
    }

    /** Wraps a run's text in its emphasis, keeping surrounding spaces outside the markers. */
    private static String format(XWPFRun run, String text) {
        if (text.isBlank()) {
            return text;
        }
        String core = text.strip();
        int lead = text.indexOf(core);
        String before = text.substring(0, lead);
        String after = text.substring(lead + core.length());
        if (run.isStrikeThrough()) {
            core = "~~" + core + "~~";
        }
        if (run.isItalic()) {
            core = "*" + core + "*";
        }
        if (run.isBold()) {
            core = "**" + core + "**";
        }
        return before + core + after;
    }

    private static String escape(String text, boolean inTable) {
        String t = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;");
        t = t.replace("\t", " ").replace("\r", "");
        return inTable ? t.replace("|", "\\|") : t;
    }
}
