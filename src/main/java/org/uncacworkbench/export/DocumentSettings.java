package org.uncacworkbench.export;

import org.uncacworkbench.i18n.Language;

/**
 * How the documents present their publisher: the organisation that is their author (on covers and in
 * the file's properties) and whether ordered lists in Chinese editions follow the government's
 * hierarchy 一、（一）1.（1）. Kept in the database, shared by everyone who uses it.
 */
public record DocumentSettings(String organisationZh, String organisationEn, boolean governmentHierarchy) {

    /** The longest organisation name the database keeps. */
    public static final int MAX_ORGANISATION = 200;

    public static final DocumentSettings DEFAULT =
            new DocumentSettings("法務部廉政署", "Agency Against Corruption, Ministry of Justice", true);

    public String organisation(Language language) {
        return language.isChinese() ? organisationZh : organisationEn;
    }
}
