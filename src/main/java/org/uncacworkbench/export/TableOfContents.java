package org.uncacworkbench.export;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A table of contents that already lists every heading to level 3 when the document is opened: a
 * TOC field whose result is written out entry by entry (style TOC1–3, indented by level, a dot
 * leader to a page reference), so that a reader sees it before any update, and Word refreshes it,
 * page numbers and all, on opening (LibreOffice: Tools → Update → Update All). The headings carry
 * the bookmarks the entries refer to.
 */
final class TableOfContents {

    static final int DEEPEST = 3;

    private record Entry(int level, String text, String bookmark) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private XWPFParagraph place;
    /** The place's position among the body's paragraphs: nothing is ever added before it. */
    private int placeIndex;
    private int nextBookmarkId;

    /** A bookmark id no other bookmark of the document has: every bookmark takes its id here. */
    int nextBookmarkId() {
        return nextBookmarkId++;
    }

    /** Holds the place where the entries go, once all headings are known. */
    void placeHere(XWPFDocument doc) {
        place = doc.createParagraph();
        placeIndex = doc.getDocument().getBody().sizeOfPArray() - 1;
    }

    /** Marks a heading paragraph as an entry, if it is shallow enough. */
    void heading(XWPFParagraph p, int level, String text) {
        if (place == null || level > DEEPEST || text.isBlank()) {
            return;
        }
        String name = String.format("_Toc%08d", entries.size() + 1);
        int id = nextBookmarkId();
        var start = p.getCTP().addNewBookmarkStart(); // after the heading's words: the page is the same
        start.setName(name);
        start.setId(BigInteger.valueOf(id));
        p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
        entries.add(new Entry(level, text.strip(), name));
    }

    /** Writes the entries where {@link #placeHere} held the place. */
    void write(XWPFDocument doc, String empty) {
        if (place == null) {
            return;
        }
        if (entries.isEmpty()) {
            WordSetup.field(place, "TOC \\o \"1-3\" \\h \\z \\u", empty);
            return;
        }
        // written into the XML directly: the document's own insertNewParagraph looks its neighbour up
        // among all the paragraphs for each entry, which a long report with many entries felt
        CTBody body = doc.getDocument().getBody();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            CTP p = body.insertNewP(placeIndex + i);
            p.addNewPPr().addNewPStyle().setVal("TOC" + e.level());
            if (i == 0) {
                begin(p, "TOC \\o \"1-3\" \\h \\z \\u");
            }
            p.addNewR().addNewT().setStringValue(e.text());
            p.addNewR().addNewTab();
            begin(p, "PAGEREF " + e.bookmark() + " \\h");
            p.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        }
        place.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void begin(CTP p, String instruction) {
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instr = p.addNewR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }
}
