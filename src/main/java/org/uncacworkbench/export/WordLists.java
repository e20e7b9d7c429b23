package org.uncacworkbench.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Markdown lists as Word's own lists (numbering definitions), so that a reader edits them in Word as
 * lists. Ordered lists in a Chinese edition follow the government's hierarchy 一、（一）1.（1）by
 * level; in English 1. a. i.; bullets • ◦ ▪. Each Markdown list is an instance of its kind that starts
 * at the list's own first number, so lists restart where the Markdown starts a new one and continue
 * around the lists nested in them.
 */
final class WordLists {

    static final int LEVELS = 9;

    /** One level of a kind of list: its number format, its text and how far its marker hangs. */
    private record Level(STNumberFormat.Enum format, String text, int hanging) {
    }

    private static final Level[] CHINESE_ORDERED = {
        new Level(STNumberFormat.TAIWANESE_COUNTING_THOUSAND, "%1、", 480),
        new Level(STNumberFormat.TAIWANESE_COUNTING_THOUSAND, "（%2）", 720),
        new Level(STNumberFormat.DECIMAL, "%3.", 360),
        new Level(STNumberFormat.DECIMAL, "（%4）", 720),
        new Level(STNumberFormat.IDEOGRAPH_TRADITIONAL, "%5、", 480),
        new Level(STNumberFormat.IDEOGRAPH_TRADITIONAL, "（%6）", 720),
        new Level(STNumberFormat.IDEOGRAPH_ZODIAC, "%7、", 480),
        new Level(STNumberFormat.IDEOGRAPH_ZODIAC, "（%8）", 720),
        new Level(STNumberFormat.DECIMAL, "%9)", 360),
    };

    private static final Level[] ENGLISH_ORDERED = {
        new Level(STNumberFormat.DECIMAL, "%1.", 360),
        new Level(STNumberFormat.LOWER_LETTER, "%2.", 360),
        new Level(STNumberFormat.LOWER_ROMAN, "%3.", 360),
        new Level(STNumberFormat.DECIMAL, "(%4)", 360),
        new Level(STNumberFormat.LOWER_LETTER, "(%5)", 360),
        new Level(STNumberFormat.LOWER_ROMAN, "(%6)", 360),
        new Level(STNumberFormat.DECIMAL, "%7.", 360),
        new Level(STNumberFormat.LOWER_LETTER, "%8.", 360),
        new Level(STNumberFormat.LOWER_ROMAN, "%9.", 360),
    };

    private static final String[] BULLETS = {"•", "◦", "▪"};

    private final XWPFNumbering numbering;
    private final BigInteger ordered;
    private final BigInteger bullets;
    private final Level[] orderedLevels;
    /** Counted here: asking POI for a free id walks every list, for every new list. */
    private int nextNumId;

    /** {@code governmentHierarchy}: ordered lists numbered 一、（一）1.（1）(Chinese editions, by default). */
    WordLists(XWPFDocument doc, boolean governmentHierarchy) {
        this.numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        this.orderedLevels = governmentHierarchy ? CHINESE_ORDERED : ENGLISH_ORDERED;
        this.ordered = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(nextAbstractId(), orderedLevels, false)));
        this.bullets = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(nextAbstractId(), orderedLevels, true)));
        int id = 1;
        while (numbering.getNum(BigInteger.valueOf(id)) != null) {
            id++; // a template may bring lists of its own
        }
        this.nextNumId = id;
    }

    private BigInteger nextAbstractId() {
        int id = 0;
        while (numbering.getAbstractNum(BigInteger.valueOf(id)) != null) {
            id++;
        }
        return BigInteger.valueOf(id);
    }

    private static CTAbstractNum abstractNum(BigInteger id, Level[] ordered, boolean bullet) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(id);
        for (int i = 0; i < LEVELS; i++) {
            CTLvl lvl = a.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : ordered[i].format());
            lvl.addNewLvlText().setVal(bullet ? BULLETS[i % BULLETS.length] : ordered[i].text());
            lvl.addNewLvlJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT);
            int hanging = bullet ? 360 : ordered[i].hanging();
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(left(i) + hanging));
            ind.setHanging(BigInteger.valueOf(hanging));
        }
        return a;
    }

    /** Where level {@code level}'s marker starts: each level one marker's width (480 twips) in. */
    private static int left(int level) {
        return 480 * level;
    }

    /** A new list of the kind, at {@code level}, numbered from {@code start}. */
    BigInteger startList(boolean isOrdered, int level, int start) {
        CTNum num = CTNum.Factory.newInstance();
        num.addNewAbstractNumId().setVal(isOrdered ? ordered : bullets);
        var override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(level));
        override.addNewStartOverride().setVal(BigInteger.valueOf(Math.max(0, start)));
        num.setNumId(BigInteger.valueOf(nextNumId++));
        return numbering.addNum(new XWPFNum(num, numbering));
    }

    /** Makes {@code p} an item of list {@code numId} at {@code level}. */
    static void item(XWPFParagraph p, BigInteger numId, int level) {
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(Math.min(LEVELS - 1, level)));
    }

    /** Indents a further paragraph of an item at {@code level} to where the item's text begins. */
    void continuation(XWPFParagraph p, boolean isOrdered, int level) {
        int l = Math.min(LEVELS - 1, level);
        p.setIndentationLeft(left(l) + (isOrdered ? orderedLevels[l].hanging() : 360));
    }
}
