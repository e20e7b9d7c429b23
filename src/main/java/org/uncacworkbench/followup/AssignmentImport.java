package org.uncacworkbench.followup;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.Observation;

/**
 * Reads an assignment sheet ({@link AssignmentSheet}) the secretariat filled and plans what it
 * assigns, or refuses it naming every sheet, row and cell at fault: another cycle's sheet, a number
 * that is no adopted point, an agency not in the directory, a control level or date that is none, text
 * where a number belongs, a formula, an indicator agencies reported on left out. Nothing is stored here.
 */
public final class AssignmentImport {

    private static final int MAX_PROBLEMS = 20;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?");
    private static final Pattern WITH_CODE = Pattern.compile(".*[（(]\\s*([A-Za-z0-9_.-]+)\\s*[）)]");

    public enum ChangeKind { NEW, CHANGED, UNCHANGED }

    /** One point of the sheet: what it will be assigned, against its assignment before (null: none). */
    public record Change(Observation observation, Assignment before, AssignmentDraft draft, ChangeKind kind) {
    }

    /** What importing the sheet would do; {@link FollowupService#assignAll} stores it. */
    public record Plan(long cycleId, Path file, List<Change> changes) {

        public long count(ChangeKind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }
    }

    /** Plans the import of {@code file} into {@code cycle}, whose follow-up is {@code s}. */
    public Plan plan(Cycle cycle, FollowupSnapshot s, List<Agency> agencies, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw refused(UserMessage.of("followup.import.noFile", file.toString()));
            }
            if (Files.size(file) > ProgressImport.MAX_BYTES) {
                throw refused(UserMessage.of("followup.import.tooLarge", file.getFileName().toString(), ProgressImport.MAX_BYTES / (1024 * 1024)));
            }
        } catch (IOException e) {
            throw refused(UserMessage.of("followup.import.unreadable", file.getFileName().toString()));
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            return new Reading(cycle, s, agencies, file).read(wb);
        } catch (WorkbenchException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new WorkbenchException(UserMessage.of("followup.import.refused", file.getFileName().toString(),
                    UserMessage.of("followup.import.unreadable", file.getFileName().toString())), e);
        }
    }

    private static WorkbenchException refused(UserMessage why) {
        return new WorkbenchException(UserMessage.of("followup.import.refusedOne", why));
    }

    /** An agency's code as a cell names it: its label, code, Chinese, short or English name. */
    static Optional<String> agencyCode(String text, List<Agency> agencies) {
        String t = text.strip();
        Matcher m = WITH_CODE.matcher(t);
        String inParens = m.matches() ? m.group(1) : null;
        for (Agency a : agencies) {
            if (a.code().equalsIgnoreCase(t) || a.code().equalsIgnoreCase(inParens) || a.nameZh().equals(t)
                    || a.nameEn().equalsIgnoreCase(t) || t.equals(a.shortZh())) {
                return Optional.of(a.code());
            }
        }
        return Optional.empty();
    }

    static Optional<ControlLevel> level(String text) {
        String t = text.strip();
        for (ControlLevel l : ControlLevel.values()) {
            String zh = Messages.of(Language.ZH_TW).get(l.key());
            String en = Messages.of(Language.EN).get(l.key());
            if (t.equalsIgnoreCase(AssignmentSheet.levelChoice(l)) || t.equals(zh) || t.equalsIgnoreCase(en) || t.equalsIgnoreCase(l.code())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** One reading of one workbook: the problems found so far. */
    private static final class Reading {
        private final Cycle cycle;
        private final FollowupSnapshot s;
        private final List<Agency> agencies;
        private final Path file;
        private final List<UserMessage> problems = new ArrayList<>();

        Reading(Cycle cycle, FollowupSnapshot s, List<Agency> agencies, Path file) {
            this.cycle = cycle;
            this.s = s;
            this.agencies = agencies;
            this.file = file;
        }

        Plan read(Workbook wb) {
            Sheet key = wb.getSheet(AssignmentSheet.KEY_SHEET);
            Row head = key == null ? null : key.getRow(0);
            if (head == null || !AssignmentSheet.MARKER.equals(Sheets.plain(head.getCell(0)))) {
                throw refused(UserMessage.of("followup.assignImport.notOurs", file.getFileName().toString()));
            }
            int cycleNo = (int) head.getCell(2).getNumericCellValue();
            if (cycleNo != cycle.number()) {
                throw refused(UserMessage.of("followup.import.otherCycle", cycleNo, cycle.number()));
            }
            for (String name : List.of(AssignmentSheet.ASSIGN_SHEET, AssignmentSheet.MILESTONE_SHEET, AssignmentSheet.INDICATOR_SHEET)) {
                if (wb.getSheet(name) == null) {
                    throw refused(UserMessage.of("followup.import.sheetMissing", name));
                }
            }
            Map<Integer, Observation> points = new HashMap<>();
            s.observations().forEach(o -> points.put(o.number(), o));
            Map<Long, Assignment> assigned = new HashMap<>();
            s.assignments().forEach(a -> assigned.put(a.observationId(), a));
            Map<Integer, List<Assignment.Milestone>> milestones = milestones(wb.getSheet(AssignmentSheet.MILESTONE_SHEET), points);
            Map<Integer, List<Assignment.Indicator>> indicators = indicators(wb.getSheet(AssignmentSheet.INDICATOR_SHEET), points, assigned);
            Sheet sheet = wb.getSheet(AssignmentSheet.ASSIGN_SHEET);
            Map<Integer, Change> changes = new LinkedHashMap<>();
            Set<Integer> seen = new HashSet<>();
            Set<Integer> attempted = new HashSet<>();
            for (int r = Sheets.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, AssignmentSheet.PLAN_EN_COL)) {
                    continue;
                }
                Observation o = point(sheet, row, r, points);
                if (o == null) {
                    continue;
                }
                if (!seen.add(o.number())) {
                    problems.add(UserMessage.of("followup.assignImport.twice", sheet.getSheetName(), r + 1, o.number()));
                    continue;
                }
                Assignment before = assigned.get(o.id());
                String lead = text(sheet, row, r, AssignmentSheet.LEAD_COL);
                if (lead == null) {
                    if (before != null) {
                        problems.add(UserMessage.of("followup.assignImport.leadRemoved", sheet.getSheetName(),
                                Sheets.ref(r, AssignmentSheet.LEAD_COL), o.number()));
                    }
                    continue;
                }
                attempted.add(o.number());
                draft(sheet, row, r, o, before, lead, milestones.getOrDefault(o.number(), List.of()),
                        indicators.getOrDefault(o.number(), List.of())).ifPresent(c -> changes.put(o.number(), c));
            }
            for (int number : milestones.keySet()) {
                orphan(AssignmentSheet.MILESTONE_SHEET, points.get(number), attempted, assigned);
            }
            for (int number : indicators.keySet()) {
                orphan(AssignmentSheet.INDICATOR_SHEET, points.get(number), attempted, assigned);
            }
            if (!problems.isEmpty()) {
                List<UserMessage> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
                throw new WorkbenchException(UserMessage.of(problems.size() > MAX_PROBLEMS ? "followup.import.refusedMore" : "followup.import.refused",
                        file.getFileName().toString(), shown, problems.size() - MAX_PROBLEMS));
            }
            if (changes.isEmpty()) {
                throw refused(UserMessage.of("followup.assignImport.empty", file.getFileName().toString()));
            }
            return new Plan(cycle.id(), file, List.copyOf(changes.values()));
        }

        /** Milestones or indicators for a point the sheet leaves unassigned have nowhere to go. */
        private void orphan(String sheetName, Observation o, Set<Integer> attempted, Map<Long, Assignment> assigned) {
            if (!attempted.contains(o.number()) && !assigned.containsKey(o.id())) {
                problems.add(UserMessage.of("followup.assignImport.orphan", sheetName, o.number()));
            }
        }

        private Optional<Change> draft(Sheet sheet, Row row, int r, Observation o, Assignment before, String lead,
                                       List<Assignment.Milestone> milestones, List<Assignment.Indicator> indicators) {
            int found = problems.size();
            String leadCode = agency(sheet, r, AssignmentSheet.LEAD_COL, lead);
            List<String> co = new ArrayList<>();
            String coText = text(sheet, row, r, AssignmentSheet.CO_COL);
            if (coText != null) {
                for (String piece : coText.split("[、;；\\n\\r]+")) {
                    if (piece.isBlank()) {
                        continue;
                    }
                    Optional<String> code = agencyCode(piece, agencies);
                    if (code.isPresent()) {
                        co.add(code.get());
                    } else {
                        for (String part : piece.split("[,，]+")) {
                            if (!part.isBlank()) {
                                co.add(agency(sheet, r, AssignmentSheet.CO_COL, part));
                            }
                        }
                    }
                }
            }
            String levelText = text(sheet, row, r, AssignmentSheet.LEVEL_COL);
            ControlLevel level = null;
            if (levelText != null) {
                level = level(levelText).orElse(null);
                if (level == null) {
                    problems.add(UserMessage.of("followup.assignImport.badLevel", sheet.getSheetName(),
                            Sheets.ref(r, AssignmentSheet.LEVEL_COL), levelText));
                }
            }
            String planZh = text(sheet, row, r, AssignmentSheet.PLAN_ZH_COL);
            String planEn = text(sheet, row, r, AssignmentSheet.PLAN_EN_COL);
            if (before != null) {
                Set<Long> reported = new HashSet<>();
                s.reports(before.id()).forEach(p -> reported.addAll(p.values().keySet()));
                Set<Long> kept = new HashSet<>();
                indicators.forEach(i -> kept.add(i.id()));
                for (Assignment.Indicator i : before.indicators()) {
                    if (reported.contains(i.id()) && !kept.contains(i.id())) {
                        problems.add(UserMessage.of("followup.assignImport.indicatorHasValues", AssignmentSheet.INDICATOR_SHEET, o.number(),
                                i.descriptionZh()));
                    }
                }
            }
            if (problems.size() > found) {
                return Optional.empty();
            }
            AssignmentDraft d;
            try {
                d = new AssignmentDraft(leadCode, co, level, planZh, planEn, milestones, indicators).validate();
            } catch (WorkbenchException e) {
                problems.add(UserMessage.of("followup.assignImport.rowProblem", sheet.getSheetName(), r + 1, o.number(), e.userMessage()));
                return Optional.empty();
            }
            ChangeKind kind = before == null ? ChangeKind.NEW : same(before, d) ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
            return Optional.of(new Change(o, before, d, kind));
        }

        private String agency(Sheet sheet, int r, int col, String text) {
            Optional<String> code = agencyCode(text, agencies);
            if (code.isEmpty()) {
                problems.add(UserMessage.of("followup.assignImport.unknownAgency", sheet.getSheetName(), Sheets.ref(r, col), text.strip()));
                return null;
            }
            return code.get();
        }

        private Map<Integer, List<Assignment.Milestone>> milestones(Sheet sheet, Map<Integer, Observation> points) {
            Map<Integer, List<Assignment.Milestone>> out = new LinkedHashMap<>();
            for (int r = Sheets.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, 4)) {
                    continue;
                }
                Observation o = point(sheet, row, r, points);
                int found = problems.size();
                String zh = text(sheet, row, r, 1);
                String en = text(sheet, row, r, 2);
                LocalDate due = date(sheet, row, r, 3);
                LocalDate done = date(sheet, row, r, 4);
                if (o != null && problems.size() == found) {
                    if (zh == null || due == null) {
                        problems.add(UserMessage.of("followup.assignImport.rowProblem", sheet.getSheetName(), r + 1, o.number(),
                                UserMessage.of("followup.assign.milestoneIncomplete")));
                    } else {
                        out.computeIfAbsent(o.number(), k -> new ArrayList<>()).add(new Assignment.Milestone(null, zh, en, due, done));
                    }
                }
            }
            return out;
        }

        private Map<Integer, List<Assignment.Indicator>> indicators(Sheet sheet, Map<Integer, Observation> points, Map<Long, Assignment> assigned) {
            Map<Integer, List<Assignment.Indicator>> out = new LinkedHashMap<>();
            for (int r = Sheets.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, 7)) {
                    continue;
                }
                Observation o = point(sheet, row, r, points);
                int found = problems.size();
                BigDecimal ref = number(sheet, row, r, 1);
                String zh = text(sheet, row, r, 2);
                String en = text(sheet, row, r, 3);
                String unit = text(sheet, row, r, 4);
                BigDecimal baseline = number(sheet, row, r, 5);
                BigDecimal target = number(sheet, row, r, 6);
                LocalDate on = date(sheet, row, r, 7);
                if (o == null) {
                    continue;
                }
                Long id = null;
                if (ref != null) {
                    Assignment a = assigned.get(o.id());
                    long wanted = ref.longValue();
                    if (a == null || a.indicators().stream().noneMatch(i -> i.id() == wanted)) {
                        problems.add(UserMessage.of("followup.assignImport.foreignRef", sheet.getSheetName(), Sheets.ref(r, 1),
                                ref.stripTrailingZeros().toPlainString(), o.number()));
                    }
                    id = wanted;
                }
                if (problems.size() > found) {
                    continue;
                }
                if (zh == null) {
                    problems.add(UserMessage.of("followup.assignImport.rowProblem", sheet.getSheetName(), r + 1, o.number(),
                            UserMessage.of("followup.assign.indicatorNoDescription")));
                    continue;
                }
                out.computeIfAbsent(o.number(), k -> new ArrayList<>()).add(new Assignment.Indicator(id, zh, en, unit, baseline, target, on));
            }
            return out;
        }

        /** The adopted point the row's first cell names, or null with a problem noted. */
        private Observation point(Sheet sheet, Row row, int r, Map<Integer, Observation> points) {
            Cell c = row.getCell(0);
            String t = Sheets.plain(c);
            Observation o = null;
            if (t != null && t.matches("[0-9]+(\\.0+)?")) {
                o = points.get((int) Double.parseDouble(t));
            }
            if (o == null) {
                problems.add(UserMessage.of("followup.assignImport.noNumber", sheet.getSheetName(), Sheets.ref(r, 0), t == null ? "" : t));
            }
            return o;
        }

        private String text(Sheet sheet, Row row, int r, int col) {
            Cell cell = row.getCell(col);
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                problems.add(UserMessage.of("followup.import.formula", sheet.getSheetName(), Sheets.ref(r, col)));
                return null;
            }
            return Sheets.plain(cell);
        }

        private BigDecimal number(Sheet sheet, Row row, int r, int col) {
            Cell cell = row.getCell(col);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                return BigDecimal.valueOf(cell.getNumericCellValue());
            }
            String t = text(sheet, row, r, col);
            if (t == null) {
                return null;
            }
            if (PLAIN_NUMBER.matcher(t).matches()) {
                return new BigDecimal(t.replace(",", ""));
            }
            problems.add(UserMessage.of("followup.import.notANumber", sheet.getSheetName(), Sheets.ref(r, col), t));
            return null;
        }

        private LocalDate date(Sheet sheet, Row row, int r, int col) {
            Cell cell = row.getCell(col);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate();
                }
                problems.add(UserMessage.of("followup.assignImport.badDate", sheet.getSheetName(), Sheets.ref(r, col), Sheets.plain(cell)));
                return null;
            }
            String t = text(sheet, row, r, col);
            if (t == null) {
                return null;
            }
            Optional<LocalDate> day = DateFormats.parse(t, Language.ZH_TW).or(() -> DateFormats.parse(t, Language.EN));
            if (day.isEmpty()) {
                problems.add(UserMessage.of("followup.assignImport.badDate", sheet.getSheetName(), Sheets.ref(r, col), t));
            }
            return day.orElse(null);
        }

        private static boolean blank(Row row, int lastCol) {
            for (int c = 0; c <= lastCol; c++) {
                if (Sheets.plain(row.getCell(c)) != null) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether the draft assigns the point as it is assigned already. */
    static boolean same(Assignment a, AssignmentDraft d) {
        return a.lead().code().equals(d.leadCode())
                && new HashSet<>(a.coAgencies().stream().map(x -> x.code()).toList()).equals(new HashSet<>(d.coCodes()))
                && a.controlLevel() == d.controlLevel() && a.planZh().equals(d.planZh()) && Objects.equals(a.planEn(), d.planEn())
                && a.milestones().stream().map(m -> List.of(m.titleZh(), String.valueOf(m.titleEn()), m.dueOn(), String.valueOf(m.completedOn()))).toList()
                        .equals(d.milestones().stream().map(m -> List.of(m.titleZh(), String.valueOf(m.titleEn()), m.dueOn(), String.valueOf(m.completedOn()))).toList())
                && a.indicators().stream().map(AssignmentImport::key).toList().equals(d.indicators().stream().map(AssignmentImport::key).toList());
    }

    private static List<String> key(Assignment.Indicator i) {
        return List.of(String.valueOf(i.id()), i.descriptionZh(), String.valueOf(i.descriptionEn()), String.valueOf(i.unit()), amount(i.baseline()),
                amount(i.target()), String.valueOf(i.targetOn()));
    }

    private static String amount(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
