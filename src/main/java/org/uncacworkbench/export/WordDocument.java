package org.uncacworkbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import javax.xml.namespace.QName;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

/**
 * A Word document that writes its main part and its package more quickly than POI's own: the body
 * is saved without XMLBeans' "aggressive namespaces" (which walks the whole body once more to hoist
 * namespace declarations up to the document element — a third of the saving time of a long
 * report), the namespaces links and pictures use being declared there from the start instead; and
 * the package is deflated at the fastest level (a report's XML compresses to about the same size
 * either way).
 */
final class WordDocument extends XWPFDocument {

    private static final XmlOptions SAVE = saveOptions();

    /** Namespaces a body may use beyond Word's own, declared once on the document element. */
    private static final java.util.List<java.util.Map.Entry<String, String>> ROOT_NAMESPACES = java.util.List.of(
            java.util.Map.entry("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
            java.util.Map.entry("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
            java.util.Map.entry("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
            java.util.Map.entry("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"));

    WordDocument() {
        super();
        declareNamespaces();
    }

    WordDocument(OPCPackage pkg) throws IOException {
        super(pkg);
        declareNamespaces();
    }

    /**
     * Declares on the document element the namespaces links and pictures use, as POI's aggressive
     * saving did, so that they are not declared again on every link and picture.
     */
    private void declareNamespaces() {
        try (XmlCursor cursor = getDocument().newCursor()) {
            // asked on the document element (or the fragment a new document starts as); declared just
            // inside it, where its attributes go
            var missing = ROOT_NAMESPACES.stream().filter(n -> cursor.namespaceForPrefix(n.getKey()) == null).toList();
            cursor.toNextToken();
            missing.forEach(n -> cursor.insertNamespace(n.getKey(), n.getValue()));
        }
    }

    private static XmlOptions saveOptions() {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.remove(XmlOptions.XmlOptionsKeys.SAVE_AGGRESSIVE_NAMESPACES);
        options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
        return options;
    }

    @Override
    protected void commit() throws IOException {
        try (OutputStream out = getPackagePart().getOutputStream()) {
            getDocument().save(out, SAVE);
        }
    }

    /** Writes the package to {@code out} (left open), its parts deflated at the fastest level. */
    void writeTo(OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        write(zip); // POI uses a zip stream it is given, and finishes it without closing what is under it
        zip.flush();
    }
}
