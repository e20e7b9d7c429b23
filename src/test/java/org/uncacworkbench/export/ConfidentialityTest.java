package org.uncacworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.review.ObservationsDocument;

/**
 * Drafts of the closed session never reach a document made for anyone else. Every class that writes a
 * document (calls the engine or {@link DocxFiles}) must be listed in {@link #EXPORTERS} with a way to run
 * it on the demo; an exporter added later and not listed fails {@link #everyClassThatWritesADocumentIsCoveredHere},
 * so it cannot ship unchecked. Each is run, in both languages, on a demo whose closed session holds
 * draft observations and exchanges carrying a marker, and no part of any file it writes may hold it.
 */
class ConfidentialityTest {

    /** Plain ASCII, no spaces: Word cannot split it into runs of different scripts. */
    static final String MARKER = "CLOSEDSESSIONDRAFT7731";

    @FunctionalInterface
    interface Run {
        Path export(App app, Path dir, Language language);
    }

    /** Every exporter and how to run it; the documents it writes for readers outside the closed session. */
    static final Map<String, List<Run>> EXPORTERS = new LinkedHashMap<>();

    static {
        EXPORTERS.put("org.uncacworkbench.drafting.ReportExporter", List.of(
                (app, dir, l) -> app.reportExporter().export(2, l, Set.of(), dir.resolve("report2-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE),
                (app, dir, l) -> app.reportExporter().export(3, l, Set.of(), dir.resolve("report3-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE),
                (app, dir, l) -> app.reportExporter().exportReviewPack(3, l, Set.of(5, 6, 7, 8, 9, 10, 11, 12, 13, 14),
                        dir.resolve("pack-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE)));
        EXPORTERS.put("org.uncacworkbench.panel.MinutesService", List.of(
                (app, dir, l) -> {
                    long cycle = app.cycles().cycleByNumber(2).orElseThrow().id();
                    long session = app.panel().sessions(cycle).getFirst().id();
                    return app.minutes().export(session, l, dir.resolve("minutes-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE);
                }));
        EXPORTERS.put("org.uncacworkbench.views.dossier.BriefingBook", List.of(
                (app, dir, l) -> app.briefingBook().export(app.cycles().cycleByNumber(2).orElseThrow().id(), List.of(5, 6, 13, 14), l,
                        dir.resolve("book2-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE),
                (app, dir, l) -> app.briefingBook().export(app.cycles().cycleByNumber(3).orElseThrow().id(), List.of(5), l,
                        dir.resolve("book3-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE)));
        EXPORTERS.put("org.uncacworkbench.review.ObservationsDocument", List.of(
                (app, dir, l) -> app.observationsDocument().export(app.cycles().cycleByNumber(2).orElseThrow().id(),
                        l.isChinese() ? ObservationsDocument.Edition.ZH : ObservationsDocument.Edition.EN, Audience.PUBLIC,
                        dir.resolve("observations-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE),
                (app, dir, l) -> app.observationsDocument().export(app.cycles().cycleByNumber(2).orElseThrow().id(),
                        ObservationsDocument.Edition.BOTH, l.isChinese() ? Audience.PANEL : Audience.REVIEWERS,
                        dir.resolve("observations-both-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE)));
        EXPORTERS.put("org.uncacworkbench.review.RunSheet", List.of(
                (app, dir, l) -> app.runSheet().export(app.cycles().cycleByNumber(2).orElseThrow().id(), l,
                        dir.resolve("programme-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE)));
        EXPORTERS.put("org.uncacworkbench.review.QaBooklet", List.of(
                (app, dir, l) -> app.qaBooklet().export(app.cycles().cycleByNumber(2).orElseThrow().id(), l,
                        dir.resolve("qa-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE)));
        EXPORTERS.put("org.uncacworkbench.followup.MidtermReport", List.of(
                (app, dir, l) -> app.midtermReport().export(app.cycles().cycleByNumber(2).orElseThrow().id(), l,
                        dir.resolve("midterm-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE),
                (app, dir, l) -> app.midtermReport().exportTable(app.cycles().cycleByNumber(2).orElseThrow().id(), l,
                        dir.resolve("followup-" + l.shortCode() + ".docx"), DocxEngine.Progress.NONE)));
        EXPORTERS.put("org.uncacworkbench.followup.FollowupTable", List.of(
                (app, dir, l) -> app.roundDocuments().writeTable(app.cycles().cycleByNumber(2).orElseThrow().id(), l,
                        dir.resolve("followup-" + l.shortCode() + ".xlsx"))));
        EXPORTERS.put("org.uncacworkbench.followup.AssignmentSheet", List.of(
                (app, dir, l) -> app.assignmentFiles().write(app.cycles().cycleByNumber(2).orElseThrow().id(), dir.resolve("assignments-" + l.shortCode() + ".xlsx"))));
        EXPORTERS.put("org.uncacworkbench.followup.RoundLetter", List.of((app, dir, l) -> roundFiles(app, dir, l).get(1)));
        EXPORTERS.put("org.uncacworkbench.followup.RoundWorkbook", List.of((app, dir, l) -> roundFiles(app, dir, l).get(0)));
    }

    /** A round's workbook and letter for the agency with most points, in a round opened for the test. */
    static List<Path> roundFiles(App app, Path dir, Language l) {
        long cycle = app.cycles().cycleByNumber(2).orElseThrow().id();
        var round = app.followup().round(cycle, "2026H2").orElseGet(() -> app.followup().openRound(cycle,
                org.uncacworkbench.followup.RoundDraft.halfYear(2026, 2, java.time.LocalDate.of(2026, 11, 2), java.time.LocalDate.of(2026, 12, 15)), "t"));
        return app.roundDocuments().write(round, "MOJ", dir.resolve("round-" + l.shortCode()), DocxEngine.Progress.NONE, "t");
    }

    @TempDir
    static Path dir;
    static App app;

    @BeforeAll
    static void openWithClosedSessionDrafts() {
        app = TestWorkbench.withDemo(dir.resolve("data"));
        for (int number : new int[] {2, 3}) {
            long cycle = app.cycles().cycleByNumber(number).orElseThrow().id();
            // a draft concluding observation on articles the report and the packs carry
            app.database().dsl().execute("INSERT INTO concluding_observation (cycle_id, number, text_en, text_zh, status) VALUES (?, 900, ?, ?, 'draft')",
                    cycle, "Draft " + MARKER + " on whistle-blowers.", "草案" + MARKER + "。");
            app.database().dsl().execute("INSERT INTO observation_article (observation_id, article_number) "
                    + "SELECT id, 5 FROM concluding_observation WHERE cycle_id = ? AND number = 900", cycle);
            // assigned for follow-up, as only a mistake or a hand-made table could have it
            app.database().dsl().execute("INSERT INTO followup_assignment (observation_id, lead_agency_id, control_level, action_plan_zh) "
                    + "SELECT o.id, a.id, 'ministry', ? FROM concluding_observation o, agency a WHERE o.cycle_id = ? AND o.number = 900 AND a.code = 'MOJ'",
                    "計畫" + MARKER, cycle);
            // a closed session of the review meeting where reviewers said something
            app.database().dsl().execute("INSERT INTO review_meeting_session (cycle_id, session_no, meeting_date, kind, title_zh, title_en) "
                    + "VALUES (?, 99, DATE '2022-06-01', 'closed_session', ?, ?)", cycle, "閉門會議" + MARKER, "Closed session " + MARKER);
            app.database().dsl().execute("INSERT INTO meeting_exchange (session_id, article_number, question_text, answer_text) "
                    + "SELECT id, 5, ?, ? FROM review_meeting_session WHERE cycle_id = ? AND session_no = 99",
                    "Drafting " + MARKER, "草擬" + MARKER, cycle);
        }
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void everyClassThatWritesADocumentIsCoveredHere() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.uncacworkbench");
        Set<String> writers = new TreeSet<>();
        for (var c : classes) {
            if (c.getPackageName().equals("org.uncacworkbench.export")) {
                continue; // the engine itself
            }
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                String owner = call.getTargetOwner().getName();
                boolean document = owner.equals(DocxFiles.class.getName()) || owner.equals(DocxEngine.class.getName());
                boolean workbook = owner.startsWith("org.apache.poi.") && owner.endsWith("Workbook");
                if ((document || workbook) && call.getName().equals("write")) {
                    writers.add(c.getName().replaceAll("\\$.*", ""));
                }
            }
        }
        assertThat(writers).as("classes that write documents; each must be in ConfidentialityTest.EXPORTERS")
                .containsExactlyInAnyOrderElementsOf(EXPORTERS.keySet());
    }

    @Test
    void noDocumentMadeForOthersHoldsADraftOfTheClosedSession() throws IOException {
        List<String> leaks = new ArrayList<>();
        int written = 0;
        for (var exporter : EXPORTERS.entrySet()) {
            for (Run run : exporter.getValue()) {
                for (Language l : Language.values()) {
                    Path file = run.export(app, Files.createDirectories(dir.resolve("out")), l);
                    written++;
                    String parts = allParts(file);
                    assertThat(parts).as("a document was written").containsAnyOf("<w:body", "<sheetData");
                    if (parts.contains(MARKER)) {
                        leaks.add(exporter.getKey() + " → " + file.getFileName());
                    }
                }
            }
        }
        assertThat(written).isGreaterThanOrEqualTo(20);
        assertThat(leaks).as("documents holding a closed-session draft").isEmpty();
    }

    @Test
    void theSecretariatsOwnEditionDoesHoldTheDraftSoTheSearchAboveWouldFindIt() throws IOException {
        Path file = app.observationsDocument().export(app.cycles().cycleByNumber(2).orElseThrow().id(), ObservationsDocument.Edition.BOTH,
                Audience.SECRETARIAT, Files.createDirectories(dir.resolve("secretariat")).resolve("observations.docx"), DocxEngine.Progress.NONE);
        assertThat(allParts(file)).contains(MARKER);
    }

    /** Every part of the .docx (body, notes, headers, properties) as text. */
    private static String allParts(Path docx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                zip.transferTo(out);
                all.append(out.toString(StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
