package org.uncacworkbench.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.uncacworkbench.i18n.Language;

/**
 * What every document the workbench writes shares: A4 with sensible margins, explicit Latin and
 * East Asian fonts with the East Asian language tagged zh-TW, heading styles with outline levels
 * (for the table of contents), footnote styles, and a footer "第 X 頁／共 Y 頁" / "Page X of Y".
 */
final class WordSetup {

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN = 1440; // 2.54 cm

    private WordSetup() {
    }

    /** Adds the styles a template lacks; the template's own styles win. */
    static void missingStyles(XWPFDocument doc, Fonts fonts, Language language) {
        XWPFStyles existing = doc.getStyles();
        if (existing == null) {
            styles(doc, fonts, language);
            return;
        }
        XWPFDocument scratch = new XWPFDocument();
        styles(scratch, fonts, language);
        for (String id : new String[] {"Normal", "BodyText", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading4", "Heading5",
            "Heading6", "TOC1", "TOC2", "TOC3", "FootnoteText", "Quote", "Caption", "FootnoteReference"}) {
            if (!existing.styleExist(id)) {
                existing.addStyle(scratch.getStyles().getStyle(id));
            }
        }
    }

    static void styles(XWPFDocument doc, Fonts fonts, Language language) {
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        setFonts(defaults.addNewRFonts(), fonts.latin(), fonts.eastAsia());
        var lang = defaults.addNewLang();
        // w:val is the language of Latin-script text, w:eastAsia that of Chinese; English words in a Chinese
        // edition are English (tagged zh-TW, LibreOffice breaks them anywhere, as Chinese: "Governm-ent")
        lang.setVal("en-US");
        lang.setEastAsia("zh-TW");
        defaults.addNewSz().setVal(BigInteger.valueOf(24));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(24));
        ct.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        XWPFStyles styles = doc.createStyles();
        styles.setStyles(ct);
        XWPFStyle normal = paragraphStyle("Normal", "Normal", null, -1, 24, false, fonts);
        if (language.isChinese()) {
            // Chinese body text is set flush on both sides, as government documents are
            normal.getCTStyle().getPPr().addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.BOTH);
        }
        styles.addStyle(normal);
        // body paragraphs: in Chinese a first-line indent of two characters, as government documents set them
        XWPFStyle body = paragraphStyle("BodyText", "Body Text", "Normal", -1, 24, false, fonts);
        if (language.isChinese()) {
            var ind = body.getCTStyle().getPPr().addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(200));
            ind.setFirstLine(BigInteger.valueOf(480));
        }
        styles.addStyle(body);
        styles.addStyle(paragraphStyle("Title", "Title", "Normal", -1, 40, true, fonts));
        styles.addStyle(paragraphStyle("Subtitle", "Subtitle", "Normal", -1, 28, false, fonts));
        int[] sizes = {36, 32, 28, 26, 24, 24};
        for (int level = 1; level <= 6; level++) {
            styles.addStyle(paragraphStyle("Heading" + level, "heading " + level, "Normal", level - 1, sizes[level - 1], true, fonts));
        }
        for (int level = 1; level <= 3; level++) {
            XWPFStyle toc = paragraphStyle("TOC" + level, "toc " + level, "Normal", -1, 24, level == 1, fonts);
            var ppr = toc.getCTStyle().getPPr();
            ppr.addNewInd().setLeft(BigInteger.valueOf(480L * (level - 1))); // indented by level
            var tab = ppr.addNewTabs().addNewTab(); // the page number at the right margin, a dot leader before it
            tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
            tab.setLeader(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(A4_WIDTH - 2L * MARGIN));
            ppr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT);
            styles.addStyle(toc);
        }
        styles.addStyle(paragraphStyle("FootnoteText", "footnote text", "Normal", -1, 20, false, fonts));
        styles.addStyle(paragraphStyle("Quote", "Quote", "Normal", -1, 24, false, fonts));
        XWPFStyle caption = paragraphStyle("Caption", "caption", "Normal", -1, 22, true, fonts);
        caption.getCTStyle().getPPr().addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
        caption.getCTStyle().getPPr().addNewKeepNext(); // a caption above its table stays with it
        styles.addStyle(caption);
        CTStyle ref = CTStyle.Factory.newInstance();
        ref.setStyleId("FootnoteReference");
        ref.setType(STStyleType.CHARACTER);
        ref.addNewName().setVal("footnote reference");
        ref.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        styles.addStyle(new XWPFStyle(ref));
    }

    private static XWPFStyle paragraphStyle(String id, String name, String basedOn, int outlineLevel, int halfPoints,
                                            boolean bold, Fonts fonts) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        if (outlineLevel >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            ppr.addNewKeepNext();
            var spacing = ppr.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(240));
            spacing.setAfter(BigInteger.valueOf(120));
        }
        if (id.equals("Title") || id.equals("Subtitle")) {
            ppr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
        }
        if (id.equals("Quote")) {
            ppr.addNewInd().setLeft(BigInteger.valueOf(720));
        }
        CTRPr rpr = s.addNewRPr();
        if (outlineLevel >= 0 || id.equals("Title") || id.equals("Subtitle")) {
            // named outright: LibreOffice otherwise lends its own Title and Subtitle styles' sans face
            setFonts(rpr.addNewRFonts(), fonts.latin(), fonts.headingEastAsia());
        }
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(s);
    }

    static void setFonts(CTFonts f, String latin, String eastAsia) {
        f.setAscii(latin);
        f.setHAnsi(latin);
        f.setCs(latin);
        f.setEastAsia(eastAsia);
    }

    /**
     * The page of the document's last section, its body: header, and a footer with the page number
     * — counted from the body's first page when a cover or contents come before it
     * ({@code bodyOwnSection}), which then have no header or footer.
     */
    static void page(XWPFDocument doc, Language language, String headerText, boolean bodyOwnSection) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        if (sect.isSetPgSz()) {
            return; // a template brought its own page, headers and footers
        }
        var size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        var m = sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(MARGIN));
        m.setBottom(BigInteger.valueOf(MARGIN));
        m.setLeft(BigInteger.valueOf(MARGIN));
        m.setRight(BigInteger.valueOf(MARGIN));
        m.setHeader(BigInteger.valueOf(720));
        m.setFooter(BigInteger.valueOf(720));
        m.setGutter(BigInteger.ZERO); // required by the schema
        if (bodyOwnSection) {
            sect.addNewPgNumType().setStart(BigInteger.ONE);
        }
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph h = header.createParagraph();
        h.setAlignment(ParagraphAlignment.RIGHT);
        h.createRun().setText(headerText);
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph f = footer.createParagraph();
        f.setAlignment(ParagraphAlignment.CENTER);
        f.createRun().setText(language.isChinese() ? "第 " : "Page ");
        field(f, "PAGE", "1");
        if (bodyOwnSection) {
            // no "of Y": the body's own count (SECTIONPAGES) is one LibreOffice does not compute, and the
            // document's (NUMPAGES) would count the cover and the contents
            if (language.isChinese()) {
                f.createRun().setText(" 頁");
            }
            return;
        }
        f.createRun().setText(language.isChinese() ? " 頁／共 " : " of ");
        field(f, "NUMPAGES", "1");
        if (language.isChinese()) {
            f.createRun().setText(" 頁");
        }
    }

    /**
     * Ends a section (cover, contents) at {@code last}: the body's page, no header or footer, the
     * next section on a new page. The first section has nothing to inherit headers from.
     */
    static void endSection(XWPFDocument doc, XWPFParagraph last) {
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        CTSectPr own = (CTSectPr) body.copy();
        own.setHeaderReferenceArray(new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef[0]);
        own.setFooterReferenceArray(new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef[0]);
        if (own.isSetPgNumType()) {
            own.unsetPgNumType();
        }
        var ppr = last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr();
        ppr.setSectPr(own);
    }

    /** Elements of the settings part that the schema places after {@code w:compat}. */
    private static final java.util.Set<String> AFTER_COMPAT = java.util.Set.of("docVars", "rsids", "mathPr", "attachedSchema",
            "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
            "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator");

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * Word 2013+ compatibility settings, so that Word opens the document in its current mode, not
     * "compatibility mode". Written through a cursor: the lean schema jar has no class for the
     * element. A template's own settings are replaced.
     */
    static void compatibility(XWPFDocument doc) {
        var settings = doc.getSettings().getCTSettings();
        try (var cursor = settings.newCursor()) {
            if (cursor.toChild(W, "compat")) {
                cursor.removeXml(); // a template's: ours replaces it
            }
        }
        try (var cursor = settings.newCursor()) {
            boolean found = false;
            if (cursor.toFirstChild()) {
                do {
                    found = AFTER_COMPAT.contains(cursor.getName().getLocalPart());
                } while (!found && cursor.toNextSibling());
            }
            if (!found) {
                cursor.toParent();
                cursor.toEndToken(); // the end of w:settings: the new element is its last child
            }
            cursor.beginElement("compat", W);
            for (String[] setting : new String[][] {{"compatibilityMode", "15"}, {"overrideTableStyleFontSizeAndJustification", "1"},
                    {"enableOpenTypeFeatures", "1"}, {"doNotFlipMirrorIndents", "1"}, {"differentiateMultirowTableHeaders", "1"}}) {
                cursor.beginElement("compatSetting", W);
                cursor.insertAttributeWithValue(new javax.xml.namespace.QName(W, "name"), setting[0]);
                cursor.insertAttributeWithValue(new javax.xml.namespace.QName(W, "uri"), "http://schemas.microsoft.com/office/word");
                cursor.insertAttributeWithValue(new javax.xml.namespace.QName(W, "val"), setting[1]);
                cursor.toNextToken(); // past the setting's end
            }
        }
    }

    /** Who wrote the document, and with what. */
    static void properties(XWPFDocument doc, String agency) {
        var core = doc.getProperties().getCoreProperties();
        core.setCreator(agency);
        core.setLastModifiedByUser(agency);
        var app = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
        app.setApplication("UNCAC Review Workbench");
        app.setAppVersion(appVersion());
    }

    /** "major.minor" of the workbench as Word writes its AppVersion ("00.0001" digits). */
    private static String appVersion() {
        String v = java.util.Objects.requireNonNullElse(WordSetup.class.getPackage().getImplementationVersion(), "0.1");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)").matcher(v);
        return m.find() ? String.format("%02d.%04d", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : "00.0001";
    }

    /** A field Word and LibreOffice compute when they lay the document out (page numbers, the TOC). */
    static void field(XWPFParagraph p, String instruction, String placeholder) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(placeholder);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
