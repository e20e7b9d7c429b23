package org.uncacworkbench.ui;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The icons the workbench uses, in one place so they stay consistent. */
public final class Icons {

    private Icons() {
    }

    /**
     * Loads the icon font and the icon resolver, which the first icon otherwise does (some 15-20 ms:
     * the resolver looks for icon packs on the class path, and the font is inflated from its jar and
     * written to a temporary file). Safe on any thread once JavaFX runs; the window calls it on a
     * thread of its own at start, so its sidebar does not wait for it.
     */
    public static void prepare() {
        dashboard();
    }

    public static FontIcon dashboard() {
        return FontIcon.of(MaterialDesignV.VIEW_DASHBOARD_OUTLINE, 18);
    }

    public static FontIcon convention() {
        return FontIcon.of(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE, 18);
    }

    public static FontIcon drafting() {
        return FontIcon.of(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE, 18);
    }

    public static FontIcon panel() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ACCOUNT_GROUP_OUTLINE, 18);
    }

    public static FontIcon review() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignE.EARTH, 18);
    }

    public static FontIcon followup() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, 18);
    }

    public static FontIcon requests() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignE.EMAIL_FAST_OUTLINE, 18);
    }

    public static FontIcon export() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FILE_WORD_OUTLINE, 18);
    }

    public static FontIcon search() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignM.MAGNIFY, 18);
    }

    public static FontIcon settings() {
        return FontIcon.of(MaterialDesignC.COG_OUTLINE, 18);
    }

    public static FontIcon database() {
        return FontIcon.of(MaterialDesignD.DATABASE_OUTLINE, 14);
    }
}
