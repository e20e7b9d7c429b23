package org.uncacworkbench.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** Opens a user's Word template as the start of a new document: styles and page kept, body emptied. */
final class Templates {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private Templates() {
    }

    static WordDocument open(Path template) {
        try {
            if (!Files.isRegularFile(template) || Files.size(template) > MAX_BYTES) {
                throw new WorkbenchException(UserMessage.of("export.badTemplate", template.toString(), Files.isRegularFile(template)
                        ? "> " + MAX_BYTES / (1024 * 1024) + " MB" : "—"));
            }
            OPCPackage pkg;
            try (InputStream in = Files.newInputStream(template)) {
                pkg = OPCPackage.open(in);
            }
            // a .dotx is a template: turn its main part into a document, or Word opens the result as a template
            pkg.replaceContentType(XWPFRelation.TEMPLATE.getContentType(), XWPFRelation.DOCUMENT.getContentType());
            WordDocument doc = new WordDocument(pkg);
            for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
                doc.removeBodyElement(i);
            }
            return doc;
        } catch (WorkbenchException e) {
            throw e;
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new WorkbenchException(UserMessage.of("export.badTemplate", template.toString(), String.valueOf(e.getMessage())), e);
        }
    }
}
