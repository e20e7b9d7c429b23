package org.uncacworkbench.i18n;

import java.util.Locale;
import java.util.Optional;

/** The two languages of the interface and of every document. */
public enum Language {
    ZH_TW("zh-TW", "繁體中文"),
    EN("en", "English");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself, which is how a language picker should show it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** zh / en, as section texts and CLI options spell it. */
    public String shortCode() {
        return this == ZH_TW ? "zh" : "en";
    }

    public boolean isChinese() {
        return this == ZH_TW;
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "zh-tw", "zh", "zh-hant", "zh-hant-tw" -> Optional.of(ZH_TW);
            case "en", "en-us", "en-gb" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** Chinese for a Chinese-speaking system, English otherwise. */
    public static Language forLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH_TW : EN;
    }
}
