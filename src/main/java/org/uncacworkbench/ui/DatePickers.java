package org.uncacworkbench.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.chrono.MinguoChronology;
import java.time.format.DateTimeParseException;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Messages;

/**
 * Date fields one way per language: 115年12月3日 in Chinese, with the calendar in ROC years, and
 * 3 Dec 2026 in English; typed the same way (or 2026-12-03). A date that cannot be read or does
 * not exist (31/02) is refused with a message at the field, and the field keeps its date.
 */
public final class DatePickers {

    /** Where the field keeps its refusal (for the form and for tests); absent when the text was read. */
    public static final String INVALID = "uncac.invalidDate";
    private static final PseudoClass INVALID_CLASS = PseudoClass.getPseudoClass("invalid");

    private DatePickers() {
    }

    public static DatePicker create(Messages messages) {
        return localize(new DatePicker(), messages);
    }

    public static DatePicker localize(DatePicker picker, Messages messages) {
        picker.setChronology(messages.language().isChinese() ? MinguoChronology.INSTANCE : IsoChronology.INSTANCE);
        // a pattern, not an example date, so that an empty field does not look filled in
        picker.setPromptText(messages.get("date.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateFormats.date(date, messages.language());
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    valid(picker);
                    return null;
                }
                return DateFormats.parse(text, messages.language()).map(d -> {
                    valid(picker);
                    return d;
                }).orElseThrow(() -> {
                    String message = messages.format("date.invalid", text.strip(), DateFormats.date(LocalDate.of(2026, 12, 3), messages.language()));
                    picker.getProperties().put(INVALID, message);
                    picker.pseudoClassStateChanged(INVALID_CLASS, true);
                    Tooltip tip = new Tooltip(message);
                    tip.setWrapText(true);
                    picker.setTooltip(tip);
                    return new DateTimeParseException(message, text, 0);
                });
            }
        });
        return picker;
    }

    /**
     * The date the field shows, read from what is typed even before it is committed; null when empty.
     * Throws, with the sentence the field shows, when what is typed is not a date.
     */
    public static LocalDate read(DatePicker picker, Messages messages) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return DateFormats.parse(typed, messages.language()).orElseThrow(() -> new org.uncacworkbench.i18n.WorkbenchException(
                org.uncacworkbench.i18n.UserMessage.of("date.notADate", typed.strip(),
                        DateFormats.date(LocalDate.of(2026, 12, 3), messages.language()))));
    }

    private static void valid(DatePicker picker) {
        picker.getProperties().remove(INVALID);
        picker.pseudoClassStateChanged(INVALID_CLASS, false);
        picker.setTooltip(null);
    }
}
