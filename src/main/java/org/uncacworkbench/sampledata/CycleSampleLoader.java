package org.uncacworkbench.sampledata;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.uncacworkbench.drafting.Applicability;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.drafting.SectionStatus;
import org.uncacworkbench.i18n.UserMessage;

/** Loads one demo cycle's report sections and its domestic panel from {@code cycle-N/}. */
final class CycleSampleLoader {

    static final List<String> SECTORS = List.of("academia", "civil_society", "former_official", "other");
    static final List<String> SESSION_KINDS = List.of("article_review", "report_format", "final_drafting");
    static final List<String> SESSION_STATUSES = List.of("planned", "held", "cancelled");
    static final List<String> ITEM_KINDS = List.of("report", "discussion", "extempore");
    static final List<String> ATTENDANCE = List.of("present", "in_attendance", "apologies");
    static final List<String> RULING_KINDS = List.of("resolution", "decision");
    static final List<String> TRACKING = List.of("tracking", "released");
    static final List<String> ACTION_KINDS = List.of("revise_section", "ask_agency", "other");
    static final List<String> ACTION_STATUSES = List.of("open", "done", "cancelled");
    /** Demo requests are sent or answered; merging happens in the workbench, with a revision to link. */
    static final List<String> REQUEST_STATUSES = List.of("sent", "answered");

    private final LoadContext ctx;
    private final long cycleId;
    private final String dir;
    private final Map<String, Long> sections = new HashMap<>();
    private final Map<String, Long> members = new HashMap<>();
    private final Map<String, Long> sessions = new HashMap<>();
    private final Map<String, Long> items = new HashMap<>();
    private final Map<String, Long> rulings = new HashMap<>();

    CycleSampleLoader(LoadContext ctx, int cycleNumber, long cycleId) {
        this.ctx = ctx;
        this.cycleId = cycleId;
        this.dir = "cycle-" + cycleNumber + "/";
    }

    void load() {
        loadSections();
        Map<String, Long> earlier = loadSectionTexts("earlier.zh.md", "zh", Map.of());
        Map<String, Long> zh = loadSectionTexts("sections.zh.md", "zh", earlier);
        Map<String, Long> en = loadSectionTexts("sections.en.md", "en", Map.of());
        linkTexts(earlier, zh, en);
        loadMembers();
        loadSessions();
        loadDataRequests();
    }

    private void loadDataRequests() {
        Map<String, Long> requests = new HashMap<>();
        for (CsvRow row : ctx.rows(dir + "data-requests.csv", false, "no", "title", "sent_on", "due_on", "articles", "instructions")) {
            var sent = row.date("sent_on");
            var due = row.date("due_on");
            if (due.isBefore(sent)) {
                throw row.error("sample.endBeforeStart", "due_on", due, sent);
            }
            long id = ctx.insert(row, "data_request", new Cols().set("cycle_id", cycleId).set("request_no", row.integer("no"))
                    .set("title", row.text("title")).set("instructions", row.nullable("instructions"))
                    .set("sent_on", sent).set("due_on", due));
            requests.put(row.text("no"), id);
            for (int article : row.articles("articles")) {
                ctx.insertPlain(row, "data_request_article", new Cols().set("request_id", id).set("article_number", article));
            }
        }
        for (CsvRow row : ctx.rows(dir + "data-request-recipients.csv", false, "request", "agency", "status", "answered_on", "answer")) {
            String status = row.oneOf("status", REQUEST_STATUSES);
            var answered = row.nullableDate("answered_on");
            if ("answered".equals(status) && (answered == null || row.optional("answer").isEmpty())) {
                throw row.error("sample.answerNeedsDateAndText");
            }
            ctx.insert(row, "data_request_recipient", new Cols().set("request_id", LoadContext.resolve(row, "request", requests, row.text("request")))
                    .set("agency_id", ctx.agency(row, "agency")).set("status", status).set("answered_on", answered)
                    .set("answer_text", row.nullable("answer")));
        }
    }

    private void loadSections() {
        List<String> statuses = Arrays.stream(SectionStatus.values()).map(SectionStatus::code).toList();
        List<String> applicabilities = Arrays.stream(Applicability.values()).map(Applicability::code).toList();
        List<CsvRow> rows = ctx.rows(dir + "sections.csv", true, "key", "status", "applicability", "grouped_with", "lead_agency");
        for (CsvRow row : rows) {
            String key = row.text("key");
            SectionKey parsed = SectionKey.parse(key).orElseThrow(() -> row.error("sample.badSectionKey", key));
            if (sections.containsKey(key)) {
                throw row.error("sample.duplicate", "key", key);
            }
            String applicability = row.oneOf("applicability", applicabilities);
            Integer grouped = row.nullableInteger("grouped_with");
            if ("grouped".equals(applicability) != (grouped != null)) {
                throw row.error("sample.groupedNeedsArticle");
            }
            sections.put(key, ctx.insert(row, "report_section", new Cols().set("cycle_id", cycleId).set("section_key", key)
                    .set("kind", parsed.kind()).set("article_number", parsed.articleNumber())
                    .set("applicability", applicability).set("grouped_with_article", grouped)
                    .set("status", row.oneOf("status", statuses)).set("lead_agency_id", ctx.nullableAgency(row, "lead_agency"))
                    .set("sort_order", parsed.sortOrder())));
        }
        List<Integer> missing = IntStream.rangeClosed(1, 71).filter(a -> !sections.containsKey(SectionKey.forArticle(a))).boxed().toList();
        if (!missing.isEmpty()) {
            throw new SampleDataException(ctx.source.describe(dir + "sections.csv"), 0,
                    UserMessage.of("sample.missingArticles", new TreeSet<>(missing).toString()));
        }
    }

    /**
     * Loads one text file as revisions: revision 1, or 2 where {@code before} already holds an
     * earlier revision of the section. Returns section key → revision id.
     */
    private Map<String, Long> loadSectionTexts(String name, String language, Map<String, Long> before) {
        String path = dir + name;
        var text = ctx.text(path);
        Map<String, Long> ids = new HashMap<>();
        if (text.isEmpty()) {
            return ids;
        }
        String file = ctx.source.describe(path);
        for (var entry : MarkdownSections.parse(file, text.get()).entrySet()) {
            Long section = sections.get(entry.getKey());
            if (section == null) {
                throw new SampleDataException(file, entry.getValue().line(), UserMessage.of("sample.unknownSection", entry.getKey()));
            }
            try {
                ids.put(entry.getKey(), ctx.repository.insert("section_revision", new Cols().set("section_id", section)
                        .set("language", language).set("revision_no", before.containsKey(entry.getKey()) ? 2 : 1)
                        .set("body", entry.getValue().text()).set("source", "sample").set("note", "sample data")));
            } catch (RejectedRowException e) {
                throw new SampleDataException(file, entry.getValue().line(), UserMessage.of("sample.rejected", e.getMessage()));
            }
        }
        return ids;
    }

    /**
     * Points each section at its newest texts, and records the English as a translation of the
     * Chinese it was made from: the earlier revision where there is one (so the English is stale),
     * the current one otherwise.
     */
    private void linkTexts(Map<String, Long> earlier, Map<String, Long> zh, Map<String, Long> en) {
        for (var section : sections.entrySet()) {
            String key = section.getKey();
            Long zhId = zh.getOrDefault(key, earlier.get(key));
            Long enId = en.get(key);
            ctx.repository.update("report_section", section.getValue(),
                    new Cols().set("zh_revision_id", zhId).set("en_revision_id", enId));
            Long translated = earlier.getOrDefault(key, zhId);
            if (translated != null && enId != null) {
                ctx.repository.insert("translation_sync", new Cols().set("section_id", section.getValue())
                        .set("zh_revision_id", translated).set("en_revision_id", enId));
            }
        }
    }

    private void loadMembers() {
        for (CsvRow row : ctx.rows(dir + "panel-members.csv", false, "key", "name_zh", "name_en", "affiliation_zh",
                "affiliation_en", "sector", "email", "joined_on", "left_on")) {
            String key = row.text("key");
            if (members.containsKey(key)) {
                throw row.error("sample.duplicate", "key", key);
            }
            members.put(key, ctx.insert(row, "panel_member", new Cols().set("cycle_id", cycleId)
                    .set("name_zh", row.text("name_zh")).set("name_en", row.nullable("name_en"))
                    .set("affiliation_zh", row.nullable("affiliation_zh")).set("affiliation_en", row.nullable("affiliation_en"))
                    .set("sector", row.oneOf("sector", SECTORS)).set("email", row.nullable("email"))
                    .set("joined_on", row.nullableDate("joined_on")).set("left_on", row.nullableDate("left_on"))));
        }
        for (CsvRow row : ctx.rows(dir + "conflicts.csv", false, "member", "article", "agency", "note_zh")) {
            Integer article = row.articles("article").stream().findFirst().orElse(null);
            Long agency = ctx.nullableAgency(row, "agency");
            if ((article == null) == (agency == null)) {
                throw row.error("sample.conflictTarget");
            }
            ctx.insert(row, "member_conflict", new Cols().set("member_id", member(row, "member"))
                    .set("article_number", article).set("agency_id", agency).set("note", row.nullable("note_zh")));
        }
    }

    private long member(CsvRow row, String column) {
        return LoadContext.resolve(row, column, members, row.text(column));
    }

    private void loadSessions() {
        for (CsvRow row : ctx.rows(dir + "panel-sessions.csv", false, "no", "kind", "starts_at", "ends_at", "venue_zh",
                "venue_en", "status", "chair_member", "chair_government", "recorder")) {
            // the English of names and remarks (chair_government_en, recorder_en) is optional, as in older folders
            String no = String.valueOf(row.integer("no"));
            String kind = row.oneOf("kind", SESSION_KINDS);
            Long chair = row.optional("chair_member").map(k -> LoadContext.resolve(row, "chair_member", members, k)).orElse(null);
            if (chair != null && !"article_review".equals(kind)) {
                throw row.error("sample.governmentChair", kind);
            }
            sessions.put(no, ctx.insert(row, "panel_session", new Cols().set("cycle_id", cycleId).set("session_no", Integer.valueOf(no))
                    .set("kind", kind).set("starts_at", row.dateTime("starts_at"))
                    .set("ends_at", row.optional("ends_at").isPresent() ? row.dateTime("ends_at") : null)
                    .set("venue_zh", row.nullable("venue_zh")).set("venue_en", row.nullable("venue_en"))
                    .set("status", row.oneOf("status", SESSION_STATUSES)).set("chair_member_id", chair)
                    .set("chair_government_name", row.nullable("chair_government")).set("recorder_name", row.nullable("recorder"))
                    .set("chair_government_name_en", row.nullable("chair_government_en")).set("recorder_name_en", row.nullable("recorder_en"))));
        }
        for (CsvRow row : ctx.rows(dir + "agenda-items.csv", false, "session", "item", "kind", "article", "title_zh", "title_en", "explanation_zh")) {
            long session = LoadContext.resolve(row, "session", sessions, row.text("session"));
            items.put(row.text("session") + "/" + row.integer("item"), ctx.insert(row, "agenda_item", new Cols()
                    .set("session_id", session).set("item_no", row.integer("item")).set("kind", row.oneOf("kind", ITEM_KINDS))
                    .set("article_number", row.articles("article").stream().findFirst().orElse(null))
                    .set("title_zh", row.text("title_zh")).set("title_en", row.nullable("title_en"))
                    .set("explanation_zh", row.nullable("explanation_zh")).set("explanation_en", row.nullable("explanation_en"))));
        }
        loadSessionRecords();
    }

    private void loadSessionRecords() {
        for (CsvRow row : ctx.rows(dir + "attendance.csv", false, "session", "member", "person", "agency", "status")) {
            Long member = row.optional("member").map(k -> LoadContext.resolve(row, "member", members, k)).orElse(null);
            if (member == null && row.optional("person").isEmpty()) {
                throw row.error("sample.required", "member / person");
            }
            ctx.insert(row, "attendance", new Cols().set("session_id", LoadContext.resolve(row, "session", sessions, row.text("session")))
                    .set("member_id", member).set("person_name", row.nullable("person")).set("person_name_en", row.nullable("person_en")).set("agency_id", ctx.nullableAgency(row, "agency"))
                    .set("status", row.oneOf("status", ATTENDANCE)));
        }
        for (CsvRow row : ctx.rows(dir + "comments.csv", false, "session", "item", "member", "article", "paragraph", "body")) {
            ctx.insert(row, "panel_comment", new Cols().set("cycle_id", cycleId).set("member_id", member(row, "member"))
                    .set("session_id", LoadContext.resolve(row, "session", sessions, row.text("session")))
                    .set("agenda_item_id", item(row)).set("article_number", row.articles("article").stream().findFirst().orElse(null))
                    .set("paragraph_ref", row.nullable("paragraph")).set("body", row.text("body")).set("body_en", row.nullable("body_en")));
        }
        for (CsvRow row : ctx.rows(dir + "rulings.csv", false, "session", "item", "kind", "tracking", "released_at", "text_zh", "text_en")) {
            String tracking = row.oneOf("tracking", TRACKING);
            Long releasedAt = row.optional("released_at").map(n -> {
                if (!"released".equals(tracking) || row.integer("released_at") <= row.integer("session")) {
                    throw row.error("sample.releasedAt", row.text("session"));
                }
                return LoadContext.resolve(row, "released_at", sessions, n);
            }).orElse(null);
            rulings.put(row.text("session") + "/" + row.text("item"), ctx.insert(row, "ruling", new Cols().set("agenda_item_id", item(row))
                    .set("kind", row.oneOf("kind", RULING_KINDS)).set("tracking", tracking).set("released_session_id", releasedAt)
                    .set("text_zh", row.text("text_zh")).set("text_en", row.nullable("text_en"))));
        }
        for (CsvRow row : ctx.rows(dir + "action-items.csv", false, "session", "item", "kind", "section", "agency", "due_on",
                "status", "done_on", "description_zh", "description_en")) {
            String status = row.oneOf("status", ACTION_STATUSES);
            var doneOn = row.nullableDate("done_on");
            if ("done".equals(status) != (doneOn != null)) {
                throw row.error("sample.doneNeedsDate");
            }
            Long section = row.optional("section").map(k -> LoadContext.resolve(row, "section", sections, k)).orElse(null);
            ctx.insert(row, "action_item", new Cols().set("cycle_id", cycleId)
                    .set("ruling_id", LoadContext.resolve(row, "item", rulings, row.text("session") + "/" + row.text("item")))
                    .set("kind", row.oneOf("kind", ACTION_KINDS)).set("section_id", section)
                    .set("assignee_agency_id", ctx.nullableAgency(row, "agency")).set("due_on", row.nullableDate("due_on"))
                    .set("status", status).set("done_on", doneOn)
                    .set("description_zh", row.text("description_zh")).set("description_en", row.nullable("description_en")));
        }
    }

    private long item(CsvRow row) {
        return LoadContext.resolve(row, "item", items, row.text("session") + "/" + row.integer("item"));
    }

}
