package org.uncacworkbench.sampledata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads one demo cycle's international review and follow-up records from {@code cycle-N/}. */
final class ReviewSampleLoader {

    static final List<String> QUESTION_STATUSES = List.of("open", "assigned", "answered", "checked", "sent");
    static final List<String> MEETING_KINDS = List.of("opening", "article_review", "civil_society_dialogue", "closed_session", "closing");
    static final List<String> OBSERVATION_STATUSES = List.of("draft", "adopted");
    static final List<String> CONTROL_LEVELS = List.of("executive_yuan", "ministry", "self");
    static final List<String> REPORTING = List.of("not_reported", "reported", "under_review");
    static final List<String> DECISIONS = List.of("continue", "release", "self_managed");
    static final List<String> OWN_STATUSES = List.of("completed", "in_progress", "not_started", "not_applicable");
    static final List<String> GRADES = List.of("A", "B", "C", "D", "E");

    private final LoadContext ctx;
    private final long cycleId;
    private final String dir;
    private final Map<String, Long> reviewers = new HashMap<>();
    private final Map<String, Long> questions = new HashMap<>();
    private final Map<String, Long> reports = new HashMap<>();
    private final Map<String, Long> kinds = new HashMap<>();
    private final Map<String, Long> observations = new HashMap<>();
    private final Map<String, Long> assignments = new HashMap<>();
    private final Map<String, List<String>> agenciesOf = new HashMap<>();

    ReviewSampleLoader(LoadContext ctx, int cycleNumber, long cycleId) {
        this.ctx = ctx;
        this.cycleId = cycleId;
        this.dir = "cycle-" + cycleNumber + "/";
    }

    void load() {
        loadReviewersAndQuestions();
        loadParallelReports();
        loadMeeting();
        loadObservations();
        loadFollowUp();
    }

    private void loadReviewersAndQuestions() {
        for (CsvRow row : ctx.rows(dir + "reviewers.csv", false, "key", "name", "name_zh", "nationality", "affiliation", "expertise", "chair")) {
            reviewers.put(row.text("key"), ctx.insert(row, "reviewer", new Cols().set("cycle_id", cycleId).set("name", row.text("name"))
                    .set("name_zh", row.nullable("name_zh")).set("nationality", row.text("nationality"))
                    .set("affiliation", row.nullable("affiliation")).set("expertise", row.nullable("expertise"))
                    .set("is_chair", row.yesNo("chair")).set("independence_declared_on", row.nullableDate("declared_on"))));
        }
        for (CsvRow row : ctx.rows(dir + "written-questions.csv", false, "no", "reviewer", "article", "asked_on", "due_on", "status", "text_en", "text_zh")) {
            Long reviewer = row.optional("reviewer").map(k -> LoadContext.resolve(row, "reviewer", reviewers, k)).orElse(null);
            questions.put(String.valueOf(row.integer("no")), ctx.insert(row, "written_question", new Cols().set("cycle_id", cycleId)
                    .set("question_no", row.integer("no")).set("reviewer_id", reviewer)
                    .set("article_number", row.articles("article").stream().findFirst().orElse(null))
                    .set("asked_on", row.date("asked_on")).set("due_on", row.nullableDate("due_on"))
                    .set("status", row.oneOf("status", QUESTION_STATUSES))
                    .set("text_en", row.text("text_en")).set("text_zh", row.nullable("text_zh"))));
        }
        for (CsvRow row : ctx.rows(dir + "question-assignments.csv", false, "question", "agency", "lead")) {
            ctx.insert(row, "question_assignment", new Cols().set("question_id", question(row))
                    .set("agency_id", ctx.agency(row, "agency")).set("is_lead", row.yesNo("lead")));
        }
        for (CsvRow row : ctx.rows(dir + "answers.csv", false, "question", "agency", "answered_on", "text_zh", "text_en")) {
            if (row.optional("text_zh").isEmpty() && row.optional("text_en").isEmpty()) {
                throw row.error("sample.required", "text_zh / text_en");
            }
            ctx.insert(row, "question_answer", new Cols().set("question_id", question(row))
                    .set("agency_id", ctx.nullableAgency(row, "agency")).set("answered_on", row.date("answered_on"))
                    .set("text_zh", row.nullable("text_zh")).set("text_en", row.nullable("text_en")));
        }
    }

    private long question(CsvRow row) {
        return LoadContext.resolve(row, "question", questions, String.valueOf(row.integer("question")));
    }

    private void loadParallelReports() {
        for (CsvRow row : ctx.rows(dir + "parallel-reports.csv", false, "key", "organisation_zh", "organisation_en", "title", "submitted_on", "document", "summary")) {
            reports.put(row.text("key"), ctx.insert(row, "parallel_report", new Cols().set("cycle_id", cycleId)
                    .set("organisation_zh", row.nullable("organisation_zh")).set("organisation_en", row.text("organisation_en"))
                    .set("title", row.text("title")).set("submitted_on", row.date("submitted_on"))
                    .set("document_name", row.nullable("document")).set("summary", row.nullable("summary"))));
        }
        for (CsvRow row : ctx.rows(dir + "parallel-report-points.csv", false, "report", "no", "article", "text_en", "text_zh")) {
            ctx.insert(row, "parallel_report_point", new Cols().set("report_id", LoadContext.resolve(row, "report", reports, row.text("report")))
                    .set("point_no", row.integer("no")).set("article_number", row.articles("article").stream().findFirst().orElse(null))
                    .set("text_en", row.nullable("text_en")).set("text_zh", row.nullable("text_zh")));
        }
    }

    private void loadMeeting() {
        for (CsvRow row : ctx.rows(dir + "review-sessions.csv", false, "no", "date", "starts", "ends", "kind", "chair", "articles", "title_zh", "title_en")) {
            Long chair = row.optional("chair").map(k -> LoadContext.resolve(row, "chair", reviewers, k)).orElse(null);
            long session = ctx.insert(row, "review_meeting_session", new Cols().set("cycle_id", cycleId)
                    .set("session_no", row.integer("no")).set("meeting_date", row.date("date"))
                    .set("starts_at", row.nullableTime("starts")).set("ends_at", row.nullableTime("ends"))
                    .set("kind", row.oneOf("kind", MEETING_KINDS)).set("chair_reviewer_id", chair)
                    .set("title_zh", row.text("title_zh")).set("title_en", row.text("title_en")));
            for (int article : row.articles("articles")) {
                ctx.insertPlain(row, "review_meeting_article", new Cols().set("session_id", session).set("article_number", article));
            }
        }
    }

    private void loadObservations() {
        for (CsvRow row : ctx.rows(dir + "observation-kinds.csv", false, "code", "name_zh", "name_en")) {
            kinds.put(row.text("code"), ctx.insert(row, "observation_kind", new Cols().set("cycle_id", cycleId)
                    .set("code", row.text("code")).set("name_zh", row.text("name_zh")).set("name_en", row.text("name_en"))));
        }
        for (CsvRow row : ctx.rows(dir + "observations.csv", false, "no", "kind", "articles", "status", "adopted_on", "text_en", "text_zh")) {
            String status = row.oneOf("status", OBSERVATION_STATUSES);
            var adopted = row.nullableDate("adopted_on");
            if ("adopted".equals(status) != (adopted != null)) {
                throw row.error("sample.adoptedNeedsDate");
            }
            Long kind = row.optional("kind").map(k -> LoadContext.resolve(row, "kind", kinds, k)).orElse(null);
            long id = ctx.insert(row, "concluding_observation", new Cols().set("cycle_id", cycleId).set("number", row.integer("no"))
                    .set("kind_id", kind).set("status", status).set("adopted_on", adopted)
                    .set("text_en", row.text("text_en")).set("text_zh", row.nullable("text_zh")));
            observations.put(String.valueOf(row.integer("no")), id);
            for (int article : row.articles("articles")) {
                ctx.insertPlain(row, "observation_article", new Cols().set("observation_id", id).set("article_number", article));
            }
        }
    }

    private void loadFollowUp() {
        for (CsvRow row : ctx.rows(dir + "followup.csv", false, "observation", "lead_agency", "co_agencies", "control_level",
                "reporting_status", "action_plan_zh", "action_plan_en")) {
            String no = String.valueOf(row.integer("observation"));
            long id = ctx.insert(row, "followup_assignment", new Cols().set("observation_id", LoadContext.resolve(row, "observation", observations, no))
                    .set("lead_agency_id", ctx.agency(row, "lead_agency")).set("control_level", row.oneOf("control_level", CONTROL_LEVELS))
                    .set("reporting_status", row.oneOf("reporting_status", REPORTING))
                    .set("action_plan_zh", row.nullable("action_plan_zh")).set("action_plan_en", row.nullable("action_plan_en")));
            assignments.put(no, id);
            agenciesOf.put(no, new java.util.ArrayList<>(List.of(row.text("lead_agency"))));
            for (String code : row.list("co_agencies")) {
                ctx.insertPlain(row, "followup_co_agency", new Cols().set("assignment_id", id).set("agency_id", ctx.agencyCode(row, "co_agencies", code)));
                agenciesOf.get(no).add(code);
            }
        }
        Map<String, Long> indicators = new HashMap<>();
        for (CsvRow row : ctx.rows(dir + "indicators.csv", false, "observation", "no", "description_zh", "description_en", "unit",
                "baseline", "target", "target_on")) {
            indicators.put(row.integer("observation") + "/" + row.integer("no"), ctx.insert(row, "performance_indicator", new Cols()
                    .set("assignment_id", assignment(row)).set("description_zh", row.text("description_zh"))
                    .set("description_en", row.nullable("description_en")).set("unit", row.nullable("unit"))
                    .set("baseline", row.optional("baseline").map(java.math.BigDecimal::new).orElse(null))
                    .set("target", row.optional("target").map(java.math.BigDecimal::new).orElse(null))
                    .set("target_on", row.nullableDate("target_on"))));
        }
        Map<String, Long> progressReports = new HashMap<>();
        Map<String, java.time.LocalDate> returned = new HashMap<>();
        for (CsvRow row : ctx.rows(dir + "progress-reports.csv", false, "observation", "agency", "period", "reported_on", "text_zh", "text_en")) {
            String status = row.optional("own_status").map(x -> row.oneOf("own_status", OWN_STATUSES)).orElse(null);
            long id = ctx.insert(row, "progress_report", new Cols().set("assignment_id", assignment(row)).set("agency_id", ctx.agency(row, "agency"))
                    .set("period_label", row.text("period")).set("reported_on", row.date("reported_on"))
                    .set("text_zh", row.text("text_zh")).set("text_en", row.nullable("text_en")).set("own_status", status)
                    .set("next_steps_zh", row.nullable("next_steps_zh")).set("next_steps_en", row.nullable("next_steps_en"))
                    .set("evidence", row.nullable("evidence")));
            progressReports.put(row.integer("observation") + "/" + row.text("period"), id);
            returned.merge(row.text("period") + "/" + row.text("agency"), row.date("reported_on"), (a, b) -> a.isAfter(b) ? a : b);
        }
        for (CsvRow row : ctx.rows(dir + "indicator-values.csv", false, "observation", "no", "period", "value")) {
            String key = row.integer("observation") + "/" + row.integer("no");
            ctx.insert(row, "indicator_value", new Cols().set("indicator_id", LoadContext.resolve(row, "no", indicators, key))
                    .set("progress_report_id", LoadContext.resolve(row, "period", progressReports, row.integer("observation") + "/" + row.text("period")))
                    .set("measured_value", new java.math.BigDecimal(row.text("value"))));
        }
        List<CsvRow> decisions = ctx.rows(dir + "tracking-decisions.csv", false, "observation", "decided_on", "decision", "decided_by", "reason_zh", "reason_en");
        for (CsvRow row : decisions) {
            ctx.insert(row, "tracking_decision", new Cols().set("assignment_id", assignment(row))
                    .set("decided_on", row.date("decided_on")).set("decision", row.oneOf("decision", DECISIONS))
                    .set("decided_by", row.text("decided_by")).set("reason_zh", row.text("reason_zh")).set("reason_en", row.nullable("reason_en"))
                    .set("evidence", row.nullable("evidence")));
        }
        loadRounds(progressReports, returned, decisions);
    }

    /**
     * Reporting rounds (a newer file: a folder without it loads as before): each round goes to every
     * agency on a point not released or left to the agency before it opened, sent the day it opened
     * and returned the day the agency's last report of it is dated; the reports are tied to their round.
     */
    private void loadRounds(Map<String, Long> progressReports, Map<String, java.time.LocalDate> returned, List<CsvRow> decisions) {
        for (CsvRow row : ctx.rows(dir + "reporting-rounds.csv", false, "label", "title_zh", "title_en", "opened_on", "due_on", "letter_no")) {
            java.time.LocalDate opened = row.date("opened_on");
            String label = row.text("label");
            long round = ctx.insert(row, "reporting_round", new Cols().set("cycle_id", cycleId).set("label", label)
                    .set("title_zh", row.text("title_zh")).set("title_en", row.text("title_en")).set("opened_on", opened)
                    .set("due_on", row.date("due_on")).set("letter_no", row.nullable("letter_no")));
            java.util.Set<String> closed = new java.util.HashSet<>();
            decisions.stream().filter(d -> d.date("decided_on").isBefore(opened) && !"continue".equals(d.text("decision")))
                    .forEach(d -> closed.add(String.valueOf(d.integer("observation"))));
            java.util.Set<String> codes = new java.util.TreeSet<>();
            agenciesOf.forEach((no, list) -> {
                if (!closed.contains(no)) {
                    codes.addAll(list);
                }
            });
            for (String code : codes) {
                ctx.insertPlain(row, "round_agency", new Cols().set("round_id", round).set("agency_id", ctx.agencyCode(row, "label", code))
                        .set("sent_on", opened).set("returned_on", returned.get(label + "/" + code)));
            }
            progressReports.forEach((key, id) -> {
                if (key.endsWith("/" + label)) {
                    ctx.write(row, () -> {
                        ctx.repository.update("progress_report", id, new Cols().set("round_id", round));
                        return null;
                    });
                }
            });
        }
        for (CsvRow row : ctx.rows(dir + "assessments.csv", false, "observation", "period", "grade", "assessed_on", "assessed_by")) {
            ctx.insert(row, "progress_assessment", new Cols().set("progress_report_id", LoadContext.resolve(row, "period", progressReports,
                            row.integer("observation") + "/" + row.text("period"))).set("grade", row.oneOf("grade", GRADES))
                    .set("assessed_on", row.date("assessed_on")).set("assessed_by", row.text("assessed_by")).set("note", row.nullable("note")));
        }
    }

    private long assignment(CsvRow row) {
        return LoadContext.resolve(row, "observation", assignments, String.valueOf(row.integer("observation")));
    }
}
