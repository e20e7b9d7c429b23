package org.uncacworkbench.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The resource bundle of one language, with MessageFormat arguments. */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        // No fallback to the JVM's default locale: English is the base bundle, Chinese its own file.
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Messages(language, ResourceBundle.getBundle(BUNDLE, language.locale(), control));
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        if (args.length == 0) {
            return get(key);
        }
        MessageFormat format = new MessageFormat(get(key), language.locale());
        return format.format(args);
    }

    public String text(UserMessage message) {
        Object[] args = message.args().stream()
                .map(this::render)
                .toArray();
        return format(message.key(), args);
    }

    /** A nested message in the user's language; a list of them one per line, each after a bullet. */
    private Object render(Object arg) {
        if (arg instanceof UserMessage nested) {
            return text(nested);
        }
        if (arg instanceof java.util.List<?> list && !list.isEmpty() && list.stream().allMatch(UserMessage.class::isInstance)) {
            return String.join("\n", list.stream().map(m -> "• " + text((UserMessage) m)).toList());
        }
        return arg;
    }

    /** The user-facing text of any failure: ours by key, anything else by a generic message. */
    public String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WorkbenchException w) {
                if (w.getCause() != null) {
                    // the library's own words (English, technical) go to the log file, not to the user
                    log().warn("{}", text(w.userMessage()), w.getCause());
                }
                return text(w.userMessage());
            }
        }
        log().error("Unexpected error", failure);
        return format("error.unexpected", String.valueOf(failure.getMessage()));
    }

    /** Asked for only when something failed: setting logging up is no part of a normal start. */
    private static org.slf4j.Logger log() {
        return org.slf4j.LoggerFactory.getLogger(Messages.class);
    }
}
