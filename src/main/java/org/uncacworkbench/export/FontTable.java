package org.uncacworkbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The document's font table: 標楷體 with its other names and its family, so that a machine without
 * it (any Mac, any Linux) takes a Kai face, or at least a Chinese serif one, instead of guessing a
 * Japanese sans; and the Latin fonts with theirs. Written as XML: POI's trimmed schema classes lack
 * the font-table types. A template's own font table is left as it is.
 */
final class FontTable {

    static final String PART = "/word/fontTable.xml";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    /** Kai faces on Windows, macOS and Linux, then a Ming face, in the order a renderer should try them. */
    static final String KAI_FALLBACKS = "DFKai-SB;BiauKai;TW-Kai;AR PL UKai TW;AR PL UKai;Noto Serif CJK TC";

    private FontTable() {
    }

    static void add(XWPFDocument doc, Fonts fonts) {
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName(PART);
            if (pkg.containPart(name)) {
                return;
            }
            PackagePart part = pkg.createPart(name, CONTENT_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml(fonts).getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, RELATION);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xml(Fonts fonts) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        java.util.Set<String> eastAsian = new java.util.LinkedHashSet<>(java.util.List.of(fonts.eastAsia(), fonts.headingEastAsia()));
        for (String kai : eastAsian) {
            b.append(font(kai, kai.equals("標楷體") ? KAI_FALLBACKS : null, "03000509000000000000", "88", "script", "fixed"));
        }
        b.append(font(fonts.latin(), null, "02020603050405020304", "00", "roman", "variable"));
        b.append(font("Courier New", null, "02070309020205020404", "00", "modern", "fixed"));
        return b.append("</w:fonts>").toString();
    }

    private static String font(String name, String altName, String panose, String charset, String family, String pitch) {
        StringBuilder b = new StringBuilder("<w:font w:name=\"").append(escape(name)).append("\">");
        if (altName != null) {
            b.append("<w:altName w:val=\"").append(escape(altName)).append("\"/>");
        }
        return b.append("<w:panose1 w:val=\"").append(panose).append("\"/>")
                .append("<w:charset w:val=\"").append(charset).append("\"/>")
                .append("<w:family w:val=\"").append(family).append("\"/>")
                .append("<w:pitch w:val=\"").append(pitch).append("\"/>")
                .append("</w:font>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
