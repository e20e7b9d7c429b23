package org.uncacworkbench.followup;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * Reads a workbook an agency returns ({@link RoundWorkbook}) and plans what it changes, or refuses
 * it naming every sheet, row and cell at fault: another cycle's, round's or agency's workbook, a
 * locked cell changed, rows deleted, added or moved, text or a formula where a number belongs, a
 * status that is not one of the choices, a damaged or oversized file. Nothing is stored here.
 */
public final class ProgressImport {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_PROBLEMS = 20;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?");

    public enum ChangeKind { NEW, CHANGED, UNCHANGED, NOT_REPORTED }

    /** One point of the workbook: what it will store, against what was stored for the round before. */
    public record Change(int number, Assignment assignment, ProgressReport before, ProgressReport.Entry entry, ChangeKind kind) {
    }

    /** What importing the workbook would do; {@link FollowupService#apply} stores it. */
    public record Plan(ReportingRound round, AgencyRef agency, Path file, List<Change> changes) {

        public long count(ChangeKind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }

        /** Whether the round was imported for this agency before (a corrected workbook). */
        public boolean again() {
            return changes.stream().anyMatch(c -> c.before() != null);
        }
    }

    /**
     * Plans the import of {@code file} into {@code round}; {@code agencyCode}, when given, is the agency
     * the user expects the workbook from.
     */
    public Plan plan(Cycle cycle, ReportingRound round, String agencyCode, FollowupSnapshot s, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw refused(UserMessage.of("followup.import.noFile", file.toString()));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw refused(UserMessage.of("followup.import.tooLarge", file.getFileName().toString(), MAX_BYTES / (1024 * 1024)));
            }
        } catch (IOException e) {
            throw refused(UserMessage.of("followup.import.unreadable", file.getFileName().toString()));
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            return read(cycle, round, agencyCode, s, wb, file);
        } catch (WorkbenchException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new WorkbenchException(UserMessage.of("followup.import.refused", file.getFileName().toString(),
                    UserMessage.of("followup.import.unreadable", file.getFileName().toString())), e);
        }
    }

    private WorkbenchException refused(UserMessage why) {
        return new WorkbenchException(UserMessage.of("followup.import.refusedOne", why));
    }

    private Plan read(Cycle cycle, ReportingRound round, String agencyCode, FollowupSnapshot s, Workbook wb, Path file) {
        Sheet key = wb.getSheet(RoundWorkbook.KEY_SHEET);
        Row head = key == null ? null : key.getRow(0);
        if (head == null || !RoundWorkbook.MARKER.equals(Sheets.plain(head.getCell(0)))) {
            throw refused(UserMessage.of("followup.import.notOurs", file.getFileName().toString()));
        }
        int cycleNo = (int) head.getCell(2).getNumericCellValue();
        String label = Sheets.plain(head.getCell(3));
        String agency = Sheets.plain(head.getCell(4));
        if (cycleNo != cycle.number()) {
            throw refused(UserMessage.of("followup.import.otherCycle", cycleNo, cycle.number()));
        }
        if (!round.label().equals(label)) {
            throw refused(UserMessage.of("followup.import.otherRound", label, round.label()));
        }
        if (agencyCode != null && !agencyCode.equals(agency)) {
            throw refused(UserMessage.of("followup.import.otherAgency", agency, agencyCode));
        }
        Map<Long, Assignment> byId = new HashMap<>();
        s.assignments().forEach(a -> byId.put(a.id(), a));
        List<Object[]> points = new ArrayList<>();
        List<Object[]> indicators = new ArrayList<>();
        for (int r = 1; r <= key.getLastRowNum(); r++) {
            Row row = key.getRow(r);
            if (row != null) {
                Object[] entry = {(int) row.getCell(1).getNumericCellValue(), Sheets.plain(row.getCell(2)), (long) row.getCell(3).getNumericCellValue()};
                ("point".equals(Sheets.plain(row.getCell(0))) ? points : indicators).add(entry);
            }
        }
        AgencyRef ref = s.assignments().stream().flatMap(a -> a.agencies().stream()).filter(a -> a.code().equals(agency)).findFirst()
                .orElseThrow(() -> refused(UserMessage.of("followup.import.agencyHasNoPoints", agency)));
        List<UserMessage> problems = new ArrayList<>();
        Sheet progress = wb.getSheet(RoundWorkbook.PROGRESS_SHEET);
        Sheet values = wb.getSheet(RoundWorkbook.INDICATOR_SHEET);
        if (progress == null || values == null) {
            throw refused(UserMessage.of("followup.import.sheetMissing", progress == null ? RoundWorkbook.PROGRESS_SHEET : RoundWorkbook.INDICATOR_SHEET));
        }
        Map<Integer, Map<Long, BigDecimal>> valuesByPoint = readValues(values, indicators, problems);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int number = (int) points.get(i)[0];
            int r = RoundWorkbook.FIRST_ROW + i;
            Row row = progress.getRow(r);
            if (!lockedRowHolds(progress, row, r, number, (String) points.get(i)[1], problems)) {
                continue;
            }
            Assignment a = byId.get((long) points.get(i)[2]);
            if (a == null || !a.involves(agency)) {
                problems.add(UserMessage.of("followup.import.pointNotAssigned", number, agency));
                continue;
            }
            readEntry(progress, row, r, number, valuesByPoint.getOrDefault(number, Map.of()), problems)
                    .ifPresentOrElse(entry -> {
                        ProgressReport before = s.reports(a.id()).stream().filter(p -> p.agency().code().equals(agency))
                                .filter(p -> p.roundLabel().equals(round.label())).findFirst().orElse(null);
                        changes.add(new Change(number, a, before, entry, before == null ? ChangeKind.NEW
                                : entry.sameAs(before) ? ChangeKind.UNCHANGED : ChangeKind.CHANGED));
                    }, () -> changes.add(new Change(number, a, null, null, ChangeKind.NOT_REPORTED)));
        }
        extraRows(progress, RoundWorkbook.FIRST_ROW + points.size(), problems);
        if (!problems.isEmpty()) {
            List<UserMessage> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
            throw new WorkbenchException(UserMessage.of(problems.size() > MAX_PROBLEMS ? "followup.import.refusedMore" : "followup.import.refused",
                    file.getFileName().toString(), shown, problems.size() - MAX_PROBLEMS));
        }
        if (changes.stream().allMatch(c -> c.kind() == ChangeKind.NOT_REPORTED)) {
            throw refused(UserMessage.of("followup.import.empty", file.getFileName().toString()));
        }
        return new Plan(round, ref, file, changes);
    }

    /** Whether the row is still the point's, as written: its number and text unchanged. */
    private boolean lockedRowHolds(Sheet sheet, Row row, int r, int number, String text, List<UserMessage> problems) {
        Cell no = row == null ? null : row.getCell(0);
        Integer found = no != null && no.getCellType() == CellType.NUMERIC ? (int) no.getNumericCellValue() : null;
        if (found == null || found != number) {
            problems.add(UserMessage.of("followup.import.rowMoved", sheet.getSheetName(), r + 1, number,
                    found == null ? "—" : String.valueOf(found)));
            return false;
        }
        if (!text.equals(Sheets.plain(row.getCell(1)))) {
            problems.add(UserMessage.of("followup.import.lockedChanged", sheet.getSheetName(), Sheets.ref(r, 1), number));
            return false;
        }
        return true;
    }

    private Optional<ProgressReport.Entry> readEntry(Sheet sheet, Row row, int r, int number, Map<Long, BigDecimal> values,
                                                     List<UserMessage> problems) {
        int before = problems.size();
        String status = text(sheet, row, r, RoundWorkbook.STATUS_COL, problems);
        String[] texts = new String[5];
        for (int i = 0; i < 5; i++) {
            texts[i] = text(sheet, row, r, RoundWorkbook.STATUS_COL + 1 + i, problems);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        boolean anything = status != null || java.util.Arrays.stream(texts).anyMatch(java.util.Objects::nonNull) || !values.isEmpty();
        if (!anything) {
            return Optional.empty();
        }
        OwnStatus own = null;
        if (status == null) {
            problems.add(UserMessage.of("followup.import.noStatus", sheet.getSheetName(), Sheets.ref(r, RoundWorkbook.STATUS_COL), number));
        } else {
            own = statusOf(status);
            if (own == null) {
                problems.add(UserMessage.of("followup.import.badStatus", sheet.getSheetName(), Sheets.ref(r, RoundWorkbook.STATUS_COL), status));
            }
        }
        if (texts[0] == null) {
            problems.add(UserMessage.of("followup.import.noResults", sheet.getSheetName(), Sheets.ref(r, RoundWorkbook.STATUS_COL + 1), number));
        }
        return Optional.of(new ProgressReport.Entry(own, texts[0], texts[1], texts[2], texts[3], texts[4], values));
    }

    static OwnStatus statusOf(String text) {
        String t = text.strip();
        for (OwnStatus s : OwnStatus.values()) {
            String choice = RoundWorkbook.statusChoice(s);
            int space = choice.indexOf(' ');
            if (t.equalsIgnoreCase(choice) || t.equals(choice.substring(0, space)) || t.equalsIgnoreCase(choice.substring(space + 1))) {
                return s;
            }
        }
        return null;
    }

    private Map<Integer, Map<Long, BigDecimal>> readValues(Sheet sheet, List<Object[]> indicators, List<UserMessage> problems) {
        Map<Integer, Map<Long, BigDecimal>> out = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            int number = (int) indicators.get(i)[0];
            int r = RoundWorkbook.FIRST_ROW + i;
            Row row = sheet.getRow(r);
            if (!lockedRowHolds(sheet, row, r, number, (String) indicators.get(i)[1], problems)) {
                continue;
            }
            Cell cell = row.getCell(RoundWorkbook.VALUE_COL);
            String where = Sheets.ref(r, RoundWorkbook.VALUE_COL);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                continue;
            }
            if (cell.getCellType() == CellType.FORMULA) {
                problems.add(UserMessage.of("followup.import.formula", sheet.getSheetName(), where));
            } else if (cell.getCellType() == CellType.NUMERIC) {
                out.computeIfAbsent(number, k -> new HashMap<>()).put((long) indicators.get(i)[2], BigDecimal.valueOf(cell.getNumericCellValue()));
            } else {
                String t = Sheets.plain(cell);
                if (t == null) {
                    continue;
                }
                if (PLAIN_NUMBER.matcher(t).matches()) {
                    out.computeIfAbsent(number, k -> new HashMap<>()).put((long) indicators.get(i)[2], new BigDecimal(t.replace(",", "")));
                } else {
                    problems.add(UserMessage.of("followup.import.notANumber", sheet.getSheetName(), where, t));
                }
            }
        }
        extraRows(sheet, RoundWorkbook.FIRST_ROW + indicators.size(), problems);
        return out;
    }

    /** Rows below the last point that hold anything were added by hand: refused, as they belong to no point. */
    private void extraRows(Sheet sheet, int from, List<UserMessage> problems) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.BLANK && Sheets.plain(c) != null) {
                        problems.add(UserMessage.of("followup.import.extraRow", sheet.getSheetName(), r + 1));
                        break;
                    }
                }
            }
        }
    }

    /** A fill-in cell's text; a formula is named as a problem. */
    private String text(Sheet sheet, Row row, int r, int col, List<UserMessage> problems) {
        Cell cell = row.getCell(col);
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
            problems.add(UserMessage.of("followup.import.formula", sheet.getSheetName(), Sheets.ref(r, col)));
            return null;
        }
        return Sheets.plain(cell);
    }
}
