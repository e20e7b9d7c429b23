package org.uncacworkbench.sampledata;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.uncacworkbench.i18n.UserMessage;

/** Reads a demo CSV file (UTF-8, header row first) into rows that remember their line numbers. */
final class CsvTable {

    private CsvTable() {
    }

    static List<CsvRow> parse(String file, String content, List<String> requiredColumns) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content; // Excel writes a BOM
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new SampleDataException(file, 1, UserMessage.of("sample.missingColumn", column, String.join(", ", header)));
                }
            }
            long nextLine = parser.getCurrentLineNumber() + 1;
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long line = nextLine;
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new SampleDataException(file, line, UserMessage.of("sample.malformedCsv", rootMessage(e)));
                }
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.size() != header.size()) {
                    throw new SampleDataException(file, line, UserMessage.of("sample.columnCount", header.size(), record.size()));
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                rows.add(new CsvRow(file, line, values));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SampleDataException(file, 1, UserMessage.of("sample.malformedCsv", rootMessage(e)));
        }
        return rows;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
