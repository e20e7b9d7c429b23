package org.uncacworkbench.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.uncacworkbench.App;
import org.uncacworkbench.drafting.SectionStatus;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.panel.PanelService;
import org.uncacworkbench.panel.SessionKind;

/**
 * A workbench at work until its parent kills it: a writer saving, the autosave keeping a copy of
 * unsaved typing, a reader holding transactions open, each at the pace of a person at the window.
 * It prints {@code ACK <kind> <token>} only after the save's transaction has returned, as the
 * program reports a save as done; the parent checks each acknowledged token is there afterwards.
 *
 * <p>Arguments: data folder, run label, mode ({@code store}: plain inserts through
 * {@link Database}; {@code services}: the services the window calls), shortest and longest pause
 * between saves in milliseconds. {@code RETENTION_TIME 0} lets H2 reuse free space at once, as
 * any file used for more than a minute does.
 */
public final class KillChild {

    static final String USER = "kill-harness";

    private KillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String run = args[1];
        boolean services = args[2].equals("services");
        int minPause = Integer.parseInt(args[3]);
        int maxPause = Integer.parseInt(args[4]);
        App app = App.openMigrated(dir, Clock.systemDefaultZone());
        try (Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET RETENTION_TIME 0");
        }
        long cycleId = app.cycles().cycles().getLast().id();
        List<Long> editable = app.sections().sections(cycleId).stream()
                .filter(s -> s.status() != SectionStatus.FINAL)
                .map(s -> app.sections().sectionId(cycleId, s.key()).orElseThrow())
                .toList();
        long saved = editable.get(0);
        long typed = editable.get(1);
        Pacer pacer = new Pacer(minPause, maxPause);

        Runnable writer = services ? () -> serviceSaves(app, cycleId, saved, run, pacer) : () -> storeSaves(app.database(), run, pacer);
        start("writer", writer);
        start("autosave", () -> autosave(app, typed, run, pacer));
        start("reader", () -> reader(app, cycleId, pacer));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // until killed
    }

    private static void start(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                System.out.println("FAILED " + name + " " + e);
                System.out.flush();
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    private static void storeSaves(Database db, String run, Pacer pacer) {
        for (int n = 1; ; n++) {
            pacer.pause();
            String code = "K" + run + "-" + n;
            db.run(() -> db.dsl().insertInto(org.uncacworkbench.storage.jooq.Tables.AGENCY)
                    .set(org.uncacworkbench.storage.jooq.Tables.AGENCY.CODE, code)
                    .set(org.uncacworkbench.storage.jooq.Tables.AGENCY.NAME_ZH, "機關" + code)
                    .set(org.uncacworkbench.storage.jooq.Tables.AGENCY.NAME_EN, "Agency " + code)
                    .execute());
            ack("agency", code);
        }
    }

    private static void serviceSaves(App app, long cycleId, long section, String run, Pacer pacer) {
        long agencyId = app.agencies().agencies().getFirst().id();
        // a run is short: starting at a random kind, every kind of save is made in some run
        for (int n = 1 + ThreadLocalRandom.current().nextInt(12); ; n++) {
            pacer.pause();
            String token = "R" + run + "-" + n;
            switch (n % 12) {
                case 10 -> {
                    // an assignment changed as the form or the assignment sheet changes it: its English plan, here
                    long followed = app.cycles().cycleByNumber(2).orElseThrow().id();
                    var snapshot = app.followup().snapshot(followed);
                    var a = snapshot.assignments().getFirst();
                    var o = snapshot.observations().stream().filter(x -> x.id() == a.observationId()).findFirst().orElseThrow();
                    String kept = run + "-" + n;
                    app.followup().assign(o, a.version(), new org.uncacworkbench.followup.AssignmentDraft(a.lead().code(),
                            a.coAgencies().stream().map(org.uncacworkbench.agency.AgencyRef::code).toList(), a.controlLevel(), a.planZh(), kept,
                            a.milestones(), a.indicators()), USER);
                    ack("assignment", kept);
                }
                case 11 -> {
                    // the cycle's assessment scale, grade A renamed
                    long followed = app.cycles().cycleByNumber(2).orElseThrow().id();
                    String kept = run + "-" + n;
                    var steps = new java.util.ArrayList<>(org.uncacworkbench.followup.AssessmentScale.standard().steps());
                    steps.set(0, new org.uncacworkbench.followup.AssessmentScale.Step(org.uncacworkbench.followup.Grade.A, "大致落實", kept));
                    app.followup().setScale(followed, new org.uncacworkbench.followup.AssessmentScale(steps), USER);
                    ack("scale", kept);
                }
                case 8 -> {
                    long followed = app.cycles().cycleByNumber(2).orElseThrow().id();
                    app.followup().openRound(followed, new org.uncacworkbench.followup.RoundDraft(token, "回合" + token, "Round " + token,
                            LocalDate.now(), LocalDate.now().plusDays(30), null, null), USER);
                    ack("round", token);
                }
                case 9 -> {
                    long followed = app.cycles().cycleByNumber(2).orElseThrow().id();
                    var assignment = app.followup().snapshot(followed).assignments().getFirst();
                    app.followup().decide(assignment, new org.uncacworkbench.followup.DecisionDraft(org.uncacworkbench.followup.DecisionKind.CONTINUE,
                            LocalDate.now(), token, null, null, "kill", null, null, null), USER);
                    ack("decision", token);
                }
                case 3 -> {
                    app.questions().add(cycleId, new org.uncacworkbench.review.QuestionDraft(null, "5", token, null, LocalDate.now()), USER);
                    ack("question", token);
                }
                case 4 -> {
                    app.observations().add(cycleId, new org.uncacworkbench.review.ObservationDraft(null, "5", token, null), USER);
                    ack("observation", token);
                }
                case 6 -> {
                    app.parallelReports().register(cycleId, new org.uncacworkbench.review.ParallelReportDraft(null, token, "Report",
                            LocalDate.now()), null, USER);
                    ack("parallel", token);
                }
                case 7 -> {
                    LocalDate day = LocalDate.now().plusDays(30);
                    app.meeting().save(cycleId, null, new org.uncacworkbench.review.MeetingSessionDraft(day, null, null,
                            org.uncacworkbench.review.MeetingSession.Kind.ARTICLE_REVIEW, "場次" + token, token, null, null, "5", List.of()), USER);
                    ack("meeting", token);
                }
                case 5 -> {
                    // the cycle's plan saved from its setup dialog, with one more milestone
                    org.uncacworkbench.cycle.CycleSetup now = app.cycles().setup(cycleId);
                    List<org.uncacworkbench.cycle.CycleSetup.MilestoneDraft> milestones = new java.util.ArrayList<>(now.milestones());
                    milestones.add(new org.uncacworkbench.cycle.CycleSetup.MilestoneDraft(null, now.currentPhase(), "里程碑" + token, token,
                            LocalDate.now().plusDays(60), null));
                    app.cycles().update(cycleId, new org.uncacworkbench.cycle.CycleSetup(now.titleZh(), now.titleEn(), now.periodStart(),
                            now.periodEnd(), now.currentPhase(), now.phases(), milestones), USER);
                    ack("milestone", token);
                }
                case 0 -> {
                    app.requests().send(cycleId, token, "Please report.", LocalDate.now().plusDays(30), List.of(agencyId), List.of(5), USER);
                    ack("request", token);
                }
                case 1 -> {
                    LocalDateTime at = LocalDateTime.now().plusDays(7).withNano(0);
                    app.panel().plan(cycleId, new PanelService.SessionPlan(SessionKind.ARTICLE_REVIEW, at, at.plusHours(2), token, token, USER), USER);
                    ack("session", token);
                }
                default -> {
                    int base = app.revisions().history(section, Language.EN).stream().mapToInt(r -> r.number()).max().orElse(0);
                    app.revisions().save(section, Language.EN, "Saved text " + token, base, USER);
                    ack("revision", token);
                }
            }
        }
    }

    private static void autosave(App app, long section, String run, Pacer pacer) {
        for (int n = 1; ; n++) {
            pacer.pause();
            app.recovery().keep(section, Language.ZH_TW, USER, "未存的文字 " + run + "-" + n, 0);
            ack("copy", run + "-" + n);
        }
    }

    private static void reader(App app, long cycleId, Pacer pacer) {
        while (true) {
            pacer.pause();
            app.database().run(() -> {
                app.requests().requests(cycleId);
                app.sections().sections(cycleId);
                pacer.pause(); // a long read: the transaction stays open meanwhile
            });
        }
    }

    private static synchronized void ack(String kind, String token) {
        System.out.println("ACK " + kind + " " + token);
        System.out.flush();
    }

    /** A person's pace: a random pause between saves. */
    private record Pacer(int min, int max) {
        void pause() {
            try {
                Thread.sleep(min + ThreadLocalRandom.current().nextInt(Math.max(1, max - min)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
