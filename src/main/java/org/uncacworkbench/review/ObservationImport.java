package org.uncacworkbench.review;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.markdown.DocxToMarkdown;

/**
 * Reads the concluding observations the reviewers deliver as Word, without saving anything. A point is
 * a numbered paragraph — typed ("12.", "12)", "12、") or Word's own numbering at its first level; the
 * paragraphs, sub-items ((a), (b) or Word's deeper levels), tables and footnotes after it belong to it
 * until the next point or heading. The kind or theme is the heading a point stands under, matched to the
 * cycle's by its words; the articles are those the point cites ({@link ArticleCitations}). Points with no
 * citation, under a heading that is none of the cycle's, or whose number had to be given anew (the
 * document's numbering restarts or repeats) are flagged, not guessed.
 */
public final class ObservationImport {

    /** What the preview warns of. */
    public enum Flag {
        NO_CITATION("review.observation.flag.noCitation"),
        UNKNOWN_HEADING("review.observation.flag.unknownHeading"),
        NO_HEADING("review.observation.flag.noHeading"),
        RENUMBERED("review.observation.flag.renumbered");

        private final String messageKey;

        Flag(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * A point as read: its number in the cycle, the number the document gave it, the heading it stands
     * under (null: none) and the cycle's kind or theme that heading names (null: none matched), the
     * articles cited, its text as Markdown (sub-items, tables and footnotes kept) and what to warn of.
     */
    public record Point(int number, int documentNumber, String heading, ObservationGroup group, List<Integer> articles, String text,
                        Set<Flag> flags) {

        public Point {
            articles = List.copyOf(articles);
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        }

        /** The first words, for a preview's column. */
        public String firstWords(int characters) {
            String flat = text.replaceAll("\\[\\^\\d+]:?", "").replaceAll("\\s+", " ").strip();
            return flat.length() <= characters ? flat : flat.substring(0, characters).strip() + "…";
        }
    }

    private static final Pattern TYPED = Pattern.compile("^\\s*(?:para(?:graph)?\\.?\\s*)?(\\d{1,3})\\s*(?:[.)、．]|\\s{2,}|\\t)\\s*(\\S.*)$",
            Pattern.DOTALL);
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*[1-6]|標題\\s*[1-6]|title|subtitle");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^(\\d+)]");
    private static final Pattern FOOTNOTE_PLACEHOLDER = Pattern.compile("\\[footnoteRef:\\d+\\]");
    private static final Set<String> LITTLE_WORDS = Set.of("and", "or", "of", "to", "the", "for", "in", "on", "a", "an", "with");

    private final XWPFDocument doc;
    private final List<ObservationGroup> groups;
    private final Map<BigInteger, Integer> footnoteNumbers = new HashMap<>();
    private final Map<Integer, String> footnoteTexts = new LinkedHashMap<>();

    private ObservationImport(XWPFDocument doc, List<ObservationGroup> groups) {
        this.doc = doc;
        this.groups = groups;
    }

    /** The points of a .docx; refused, saying why, when it is not Word, is damaged or holds no numbered points. */
    public static List<Point> read(Path file, List<ObservationGroup> groups) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new WorkbenchException(UserMessage.of("review.observation.import.kind", file.getFileName().toString()));
        }
        List<Point> points = DocxToMarkdown.read(file, doc -> new ObservationImport(doc, groups).points());
        if (points.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("review.observation.import.none", file.getFileName().toString()));
        }
        return points;
    }

    /** A point being read. */
    private static final class Open {
        final int documentNumber;
        final String heading;
        final List<String> blocks = new ArrayList<>();

        Open(int documentNumber, String heading) {
            this.documentNumber = documentNumber;
            this.heading = heading;
        }
    }

    private List<Point> points() {
        List<Open> read = new ArrayList<>();
        Open current = null;
        String heading = null;
        Map<BigInteger, Integer> wordCounters = new HashMap<>();
        Map<Integer, Integer> subItems = new HashMap<>(); // the current point's (a), (b) by level, begun again at each point
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFTable table) {
                if (current != null) {
                    current.blocks.add(table(table));
                }
                continue;
            }
            if (!(element instanceof XWPFParagraph p)) {
                continue;
            }
            String text = inline(p);
            if (text.isBlank()) {
                continue;
            }
            boolean wordNumbered = p.getNumID() != null && !"bullet".equals(p.getNumFmt()) && !"none".equals(p.getNumFmt());
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            if (wordNumbered && level == 0 && !isHeading(p, text)) {
                int n = wordCounters.merge(p.getNumID(), 1, Integer::sum);
                subItems.clear();
                current = new Open(n, heading);
                current.blocks.add(text.strip());
                read.add(current);
                continue;
            }
            Matcher typed = TYPED.matcher(text);
            if (typed.matches() && !isHeading(p, text)) {
                subItems.clear();
                current = new Open(Integer.parseInt(typed.group(1)), heading);
                current.blocks.add(typed.group(2).strip());
                read.add(current);
                continue;
            }
            if (isHeading(p, text)) {
                heading = text.strip();
                current = null;
                continue;
            }
            if (current != null) {
                if (wordNumbered && level > 0) {
                    int n = subItems.merge(level, 1, Integer::sum);
                    current.blocks.add("(" + (char) ('a' + Math.min(25, n - 1)) + ") " + text.strip());
                } else {
                    current.blocks.add(text.strip());
                }
            }
        }
        // the document's numbers stand when they rise without repeating; else the points are numbered in order
        boolean rising = true;
        for (int i = 1; i < read.size(); i++) {
            rising &= read.get(i).documentNumber > read.get(i - 1).documentNumber;
        }
        rising &= read.isEmpty() || read.getFirst().documentNumber >= 1;
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Open o = read.get(i);
            int number = rising ? o.documentNumber : i + 1;
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            String body = String.join("\n\n", o.blocks);
            List<Integer> articles = ArticleCitations.cited(body);
            if (articles.isEmpty()) {
                flags.add(Flag.NO_CITATION);
            }
            ObservationGroup group = o.heading == null ? null : match(o.heading);
            if (!groups.isEmpty() && o.heading == null) {
                flags.add(Flag.NO_HEADING);
            } else if (o.heading != null && group == null) {
                flags.add(Flag.UNKNOWN_HEADING);
            }
            if (number != o.documentNumber) {
                flags.add(Flag.RENUMBERED);
            }
            StringBuilder text = new StringBuilder(body);
            Set<Integer> notes = new TreeSet<>();
            Matcher ref = FOOTNOTE_REF.matcher(body);
            while (ref.find()) {
                notes.add(Integer.parseInt(ref.group(1)));
            }
            for (int note : notes) {
                text.append("\n\n[^").append(note).append("]: ").append(footnoteTexts.get(note));
            }
            out.add(new Point(number, o.documentNumber, o.heading, group, articles, text.toString(), flags));
        }
        return out;
    }

    /** A heading: a heading style, or a short line set wholly in bold that does not end a sentence. */
    private boolean isHeading(XWPFParagraph p, String text) {
        String style = p.getStyleID();
        if (style != null) {
            XWPFStyle s = doc.getStyles() == null ? null : doc.getStyles().getStyle(style);
            String name = s != null && s.getName() != null ? s.getName() : style;
            if (HEADING_STYLE.matcher(name).find() || HEADING_STYLE.matcher(style).find()) {
                return true;
            }
        }
        String t = text.strip();
        if (t.length() > 120 || t.endsWith(".") || t.endsWith("。") || p.getRuns().isEmpty()) {
            return false;
        }
        return p.getRuns().stream().filter(r -> r.text() != null && !r.text().isBlank()).allMatch(XWPFRun::isBold);
    }

    /** The cycle's kind or theme a heading names: the one sharing the most of its words, if it shares most of them. */
    ObservationGroup match(String heading) {
        Set<String> words = words(heading);
        ObservationGroup best = null;
        double bestScore = 0;
        boolean tie = false;
        for (ObservationGroup g : groups) {
            double score = Math.max(overlap(words, words(g.nameEn())), Math.max(overlap(words, words(g.nameZh())), overlap(words, words(g.code()))));
            if (score > bestScore) {
                best = g;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return bestScore >= 0.6 && !tie ? best : null;
    }

    /** Words without plural endings or little words; Chinese as its characters without 及、或、與、和. */
    private static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        String t = text.toLowerCase(Locale.ROOT).replaceAll("^\\s*(?:[a-z]|[ivx]+|\\d+|[一二三四五六七八九十壹貳參肆伍陸]+)\\s*[.、)）]\\s*", "");
        for (String w : t.split("[^\\p{L}\\p{N}]+|_")) {
            if (w.isBlank() || LITTLE_WORDS.contains(w)) {
                continue;
            }
            if (w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                w.codePoints().filter(c -> "及或與和之等".indexOf(c) < 0).forEach(c -> out.add(Character.toString(c)));
            } else {
                out.add(w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /** How much two sets of words agree: shared words over the larger set. */
    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / Math.max(a.size(), b.size());
    }

    /** A paragraph's text as Markdown, its footnote references as [^n] with the notes kept for the point. */
    private String inline(XWPFParagraph p) {
        StringBuilder out = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            String text = run.text() == null ? "" : FOOTNOTE_PLACEHOLDER.matcher(run.text()).replaceAll("");
            out.append(escape(text));
            for (var ref : run.getCTR().getFootnoteReferenceList()) {
                int n = footnote(ref.getId());
                out.append("[^").append(n).append(']');
            }
        }
        return out.toString().replace('\u00a0', ' ');
    }

    private int footnote(BigInteger id) {
        return footnoteNumbers.computeIfAbsent(id, key -> {
            int n = footnoteNumbers.size() + 1;
            XWPFFootnote note = doc.getFootnoteByID(key.intValue());
            List<String> parts = new ArrayList<>();
            if (note != null) {
                for (XWPFParagraph fp : note.getParagraphs()) {
                    String t = fp.getText() == null ? "" : FOOTNOTE_PLACEHOLDER.matcher(fp.getText()).replaceAll("").strip();
                    if (!t.isEmpty()) {
                        parts.add(escape(t));
                    }
                }
            }
            footnoteTexts.put(n, String.join(" ", parts));
            return n;
        });
    }

    private String table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 1;
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> paragraphs = new ArrayList<>();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String t = inline(p).strip();
                    if (!t.isEmpty()) {
                        paragraphs.add(t.replace("|", "\\|"));
                    }
                }
                cells.add(String.join(" ", paragraphs));
            }
            columns = Math.max(columns, cells.size());
            rows.add(cells);
        }
        StringBuilder md = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < columns) {
                cells.add("");
            }
            md.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (r == 0) {
                md.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        return md.toString().strip();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;").replace("\t", " ").replace("\r", "");
    }
}
