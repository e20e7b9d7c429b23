package org.uncacworkbench.sampledata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.uncacworkbench.i18n.UserMessage;

/** What the parts of one sample load share: the files, the writer and the keys resolved so far. */
final class LoadContext {

    final SampleSource source;
    final SampleDataRepository repository;
    final Map<String, Long> agencies = new HashMap<>();

    LoadContext(SampleSource source, SampleDataRepository repository) {
        this.source = source;
        this.repository = repository;
    }

    /** The rows of a CSV file; a required file that is missing stops the load. */
    List<CsvRow> rows(String path, boolean required, String... columns) {
        Optional<String> content = source.read(path);
        if (content.isEmpty()) {
            if (required) {
                throw new SampleDataException(source.describe(path), 0, UserMessage.of("sample.missingFile"));
            }
            return List.of();
        }
        return CsvTable.parse(source.describe(path), content.get(), List.of(columns));
    }

    Optional<String> text(String path) {
        return source.read(path);
    }

    /** Runs a write for a row; a refusal by the database names the row. */
    <T> T write(CsvRow row, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (RejectedRowException e) {
            throw row.error("sample.rejected", firstLine(e.getMessage()));
        }
    }

    long insert(CsvRow row, String table, Cols values) {
        return write(row, () -> repository.insert(table, values));
    }

    void insertPlain(CsvRow row, String table, Cols values) {
        write(row, () -> {
            repository.insertPlain(table, values);
            return null;
        });
    }

    long agency(CsvRow row, String column) {
        String code = row.text(column);
        return agencyCode(row, column, code);
    }

    Long nullableAgency(CsvRow row, String column) {
        return row.optional(column).map(code -> agencyCode(row, column, code)).orElse(null);
    }

    long agencyCode(CsvRow row, String column, String code) {
        Long id = agencies.computeIfAbsent(code, c -> repository.idWhere("agency", "code", c).orElse(null));
        if (id == null) {
            throw row.error("sample.unknownReference", column, code);
        }
        return id;
    }

    static <T> T resolve(CsvRow row, String column, Map<String, T> known, String key) {
        T value = known.get(key);
        if (value == null) {
            throw row.error("sample.unknownReference", column, key);
        }
        return value;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
