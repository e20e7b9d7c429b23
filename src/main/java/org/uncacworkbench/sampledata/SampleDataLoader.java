package org.uncacworkbench.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uncacworkbench.cycle.Phase;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;

/**
 * Loads the demo data: the Convention, agencies, users and the demo cycles, in one transaction.
 * Loading is idempotent: reference rows already present are kept, and a cycle whose number is
 * already in the database is left exactly as it is. A malformed file stops the load with the file,
 * line and problem, and nothing is written.
 */
public final class SampleDataLoader {

    static final List<String> ROLES = List.of("administrator", "secretariat", "agency_contributor", "panel_member", "reviewer", "viewer");

    private final Transactor transactor;
    private final SampleDataRepository repository;
    private final AuditLog auditLog;

    public SampleDataLoader(Transactor transactor, SampleDataRepository repository, AuditLog auditLog) {
        this.transactor = transactor;
        this.repository = repository;
        this.auditLog = auditLog;
    }

    /** What a load did. */
    public record Report(List<Integer> loadedCycles, List<Integer> skippedCycles) {
    }

    public Report load(SampleSource source, String username) {
        return transactor.inTransaction(() -> {
            LoadContext ctx = new LoadContext(source, repository);
            loadConvention(ctx);
            loadAgencies(ctx);
            loadUsers(ctx);
            Report report = loadCycles(ctx);
            auditLog.record(username, "import", "sample_data", null, null,
                    "Sample data loaded: cycles " + report.loadedCycles() + ", already present " + report.skippedCycles());
            return report;
        });
    }

    private void loadConvention(LoadContext ctx) {
        Map<String, Integer> romans = new HashMap<>();
        Set<Integer> seen = new HashSet<>();
        for (CsvRow row : ctx.rows("convention/chapters.csv", true, "number", "roman", "title_en", "title_zh")) {
            int number = row.integer("number");
            if (number < 1 || number > 8) {
                throw row.error("sample.outOfRange", "number", number, 1, 8);
            }
            if (!seen.add(number)) {
                throw row.error("sample.duplicate", "number", number);
            }
            romans.put(row.text("roman"), number);
            if (!repository.exists("chapter", new Cols().set("number", number))) {
                ctx.insertPlain(row, "chapter", new Cols().set("number", number).set("roman", row.text("roman"))
                        .set("title_zh", row.text("title_zh")).set("title_en", row.text("title_en")));
            }
        }
        seen.clear();
        for (CsvRow row : ctx.rows("convention/articles.csv", true, "article", "chapter", "title_en", "title_zh")) {
            int number = row.integer("article");
            if (number < 1 || number > 71) {
                throw row.error("sample.outOfRange", "article", number, 1, 71);
            }
            if (!seen.add(number)) {
                throw row.error("sample.duplicate", "article", number);
            }
            int chapter = LoadContext.resolve(row, "chapter", romans, row.text("chapter"));
            if (!repository.exists("article", new Cols().set("number", number))) {
                ctx.insertPlain(row, "article", new Cols().set("number", number).set("chapter_number", chapter)
                        .set("title_zh", row.text("title_zh")).set("title_en", row.text("title_en")));
            }
        }
    }

    private void loadAgencies(LoadContext ctx) {
        List<CsvRow> rows = ctx.rows("agencies.csv", true, "code", "name_zh", "name_en", "short_zh", "parent");
        Map<String, Long> created = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (CsvRow row : rows) {
            String code = row.text("code");
            if (!seen.add(code)) {
                throw row.error("sample.duplicate", "code", code);
            }
            var existing = repository.idWhere("agency", "code", code);
            if (existing.isPresent()) {
                ctx.agencies.put(code, existing.get());
            } else {
                long id = ctx.insert(row, "agency", new Cols().set("code", code).set("name_zh", row.text("name_zh"))
                        .set("name_en", row.text("name_en")).set("short_zh", row.nullable("short_zh")));
                ctx.agencies.put(code, id);
                created.put(code, id);
            }
        }
        for (CsvRow row : rows) {
            Long id = created.get(row.text("code"));
            Long parent = ctx.nullableAgency(row, "parent");
            if (id != null && parent != null) {
                ctx.write(row, () -> {
                    repository.update("agency", id, new Cols().set("parent_id", parent));
                    return null;
                });
            }
        }
        for (CsvRow row : ctx.rows("contacts.csv", false, "agency", "name", "job_title", "email", "phone", "primary")) {
            long agency = ctx.agency(row, "agency");
            String name = row.text("name");
            if (!repository.exists("contact", new Cols().set("agency_id", agency).set("name", name))) {
                ctx.insert(row, "contact", new Cols().set("agency_id", agency).set("name", name)
                        .set("job_title", row.nullable("job_title")).set("email", row.nullable("email"))
                        .set("phone", row.nullable("phone")).set("is_primary", row.yesNo("primary")));
            }
        }
    }

    private void loadUsers(LoadContext ctx) {
        for (CsvRow row : ctx.rows("users.csv", false, "username", "display_name", "email", "roles", "agency")) {
            String username = row.text("username");
            List<String> roles = row.list("roles");
            for (String role : roles) {
                if (!ROLES.contains(role)) {
                    throw row.error("sample.notOneOf", "roles", role, String.join(", ", ROLES));
                }
            }
            Long agency = ctx.nullableAgency(row, "agency");
            if (repository.idWhere("app_user", "username", username).isPresent()) {
                continue;
            }
            long id = ctx.insert(row, "app_user", new Cols().set("username", username)
                    .set("display_name", row.text("display_name")).set("email", row.nullable("email")).set("agency_id", agency));
            for (String role : roles) {
                ctx.insert(row, "user_role", new Cols().set("user_id", id).set("role", role));
            }
        }
    }

    private Report loadCycles(LoadContext ctx) {
        List<String> phases = Arrays.stream(Phase.values()).map(Phase::code).toList();
        Map<Integer, Long> loaded = new LinkedHashMap<>();
        Set<Integer> known = new HashSet<>();
        List<Integer> skipped = new ArrayList<>();
        for (CsvRow row : ctx.rows("cycles.csv", true, "number", "title_zh", "title_en", "period_start", "period_end",
                "current_phase", "approved_on", "published_on")) {
            int number = row.integer("number");
            if (!known.add(number)) {
                throw row.error("sample.duplicate", "number", number);
            }
            LocalDate start = row.date("period_start");
            LocalDate end = row.date("period_end");
            if (end.isBefore(start)) {
                throw row.error("sample.endBeforeStart", "period_end", end, start);
            }
            String phase = row.oneOf("current_phase", phases);
            LocalDate approved = row.nullableDate("approved_on");
            LocalDate published = row.nullableDate("published_on");
            if (repository.idWhere("cycle", "number", number).isPresent()) {
                skipped.add(number);
                continue;
            }
            loaded.put(number, ctx.insert(row, "cycle", new Cols().set("number", number).set("title_zh", row.text("title_zh"))
                    .set("title_en", row.text("title_en")).set("period_start", start).set("period_end", end)
                    .set("current_phase", phase).set("approved_on", approved).set("published_on", published)
                    .set("report_title_zh", row.nullable("report_title_zh")).set("report_title_en", row.nullable("report_title_en"))));
        }
        loadPhases(ctx, known, loaded);
        loadMilestones(ctx, known, loaded);
        for (var cycle : loaded.entrySet()) {
            new CycleSampleLoader(ctx, cycle.getKey(), cycle.getValue()).load();
            new ReviewSampleLoader(ctx, cycle.getKey(), cycle.getValue()).load();
        }
        return new Report(List.copyOf(loaded.keySet()), List.copyOf(skipped));
    }

    private void loadPhases(LoadContext ctx, Set<Integer> known, Map<Integer, Long> loaded) {
        List<String> timeline = Phase.timeline().stream().map(Phase::code).toList();
        for (CsvRow row : ctx.rows("phases.csv", true, "cycle", "phase", "planned_start", "planned_end", "actual_start", "actual_end")) {
            Long cycle = cycleOf(row, known, loaded);
            String phase = row.oneOf("phase", timeline);
            LocalDate plannedStart = row.date("planned_start");
            LocalDate plannedEnd = row.date("planned_end");
            if (plannedEnd.isBefore(plannedStart)) {
                throw row.error("sample.endBeforeStart", "planned_end", plannedEnd, plannedStart);
            }
            LocalDate actualStart = row.nullableDate("actual_start");
            LocalDate actualEnd = row.nullableDate("actual_end");
            if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
                throw row.error("sample.endBeforeStart", "actual_end", actualEnd, actualStart);
            }
            if (cycle != null) {
                ctx.insert(row, "cycle_phase", new Cols().set("cycle_id", cycle).set("phase", phase)
                        .set("planned_start", plannedStart).set("planned_end", plannedEnd)
                        .set("actual_start", actualStart).set("actual_end", actualEnd));
            }
        }
    }

    private void loadMilestones(LoadContext ctx, Set<Integer> known, Map<Integer, Long> loaded) {
        List<String> timeline = Phase.timeline().stream().map(Phase::code).toList();
        for (CsvRow row : ctx.rows("milestones.csv", true, "cycle", "phase", "due_on", "completed_on", "title_zh", "title_en")) {
            Long cycle = cycleOf(row, known, loaded);
            Cols values = new Cols().set("cycle_id", cycle).set("phase", row.oneOf("phase", timeline))
                    .set("due_on", row.date("due_on")).set("completed_on", row.nullableDate("completed_on"))
                    .set("title_zh", row.text("title_zh")).set("title_en", row.text("title_en"));
            if (cycle != null) {
                ctx.insert(row, "milestone", values);
            }
        }
    }

    /** The id of a cycle being loaded now, null for one already present; unknown numbers are errors. */
    private static Long cycleOf(CsvRow row, Set<Integer> known, Map<Integer, Long> loaded) {
        int number = row.integer("cycle");
        if (!known.contains(number)) {
            throw row.error("sample.unknownReference", "cycle", number);
        }
        return loaded.get(number);
    }
}
