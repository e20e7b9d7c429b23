package org.uncacworkbench.sampledata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uncacworkbench.i18n.UserMessage;

/** One line of a demo CSV file, with typed reads that say exactly what is wrong and where. */
final class CsvRow {

    private final String file;
    private final long line;
    private final Map<String, String> values;

    CsvRow(String file, long line, Map<String, String> values) {
        this.file = file;
        this.line = line;
        this.values = values;
    }

    long line() {
        return line;
    }

    SampleDataException error(String key, Object... args) {
        return new SampleDataException(file, line, UserMessage.of(key, args));
    }

    Optional<String> optional(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    String text(String column) {
        return optional(column).orElseThrow(() -> error("sample.required", column));
    }

    String nullable(String column) {
        return optional(column).orElse(null);
    }

    int integer(String column) {
        return parseInt(column, text(column));
    }

    Integer nullableInteger(String column) {
        return optional(column).map(v -> parseInt(column, v)).orElse(null);
    }

    private int parseInt(String column, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw error("sample.notInteger", column, v);
        }
    }

    LocalDate date(String column) {
        return parseDate(column, text(column));
    }

    LocalDate nullableDate(String column) {
        return optional(column).map(v -> parseDate(column, v)).orElse(null);
    }

    private LocalDate parseDate(String column, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw error("sample.notDate", column, v);
        }
    }

    LocalDateTime dateTime(String column) {
        String v = text(column);
        try {
            return LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw error("sample.notDateTime", column, v);
        }
    }

    LocalTime nullableTime(String column) {
        return optional(column).map(v -> {
            try {
                return LocalTime.parse(v);
            } catch (DateTimeParseException e) {
                throw error("sample.notTime", column, v);
            }
        }).orElse(null);
    }

    boolean yesNo(String column) {
        String v = optional(column).orElse("no");
        return switch (v) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw error("sample.notYesNo", column, v);
        };
    }

    String oneOf(String column, Collection<String> allowed) {
        String v = text(column);
        if (!allowed.contains(v)) {
            throw error("sample.notOneOf", column, v, String.join(", ", allowed));
        }
        return v;
    }

    /** "5", "5;6;12" or "43-59": article numbers, each between 1 and 71. */
    List<Integer> articles(String column) {
        Optional<String> raw = optional(column);
        List<Integer> out = new ArrayList<>();
        if (raw.isEmpty()) {
            return out;
        }
        for (String part : raw.get().split(";")) {
            String p = part.strip();
            try {
                if (p.contains("-")) {
                    String[] ends = p.split("-", 2);
                    int from = Integer.parseInt(ends[0].strip());
                    int to = Integer.parseInt(ends[1].strip());
                    if (from > to) {
                        throw error("sample.badArticleList", column, raw.get());
                    }
                    for (int a = from; a <= to; a++) {
                        out.add(a);
                    }
                } else {
                    out.add(Integer.parseInt(p));
                }
            } catch (NumberFormatException e) {
                throw error("sample.badArticleList", column, raw.get());
            }
        }
        for (int a : out) {
            if (a < 1 || a > 71) {
                throw error("sample.unknownArticle", column, a);
            }
        }
        return out;
    }

    /** "MOJ;AAC" → [MOJ, AAC] */
    List<String> list(String column) {
        return optional(column).map(v -> Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }
}
