package org.uncacworkbench.followup.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.agency.AgencyService;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.followup.AssignmentDraft;
import org.uncacworkbench.followup.DecisionDraft;
import org.uncacworkbench.followup.FollowupService;
import org.uncacworkbench.followup.FollowupSnapshot;
import org.uncacworkbench.followup.Grade;
import org.uncacworkbench.followup.HistoryEvent;
import org.uncacworkbench.followup.ProgressImport;
import org.uncacworkbench.followup.ProgressReport;
import org.uncacworkbench.followup.ReportingRound;
import org.uncacworkbench.followup.RoundDocuments;
import org.uncacworkbench.followup.RoundDraft;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;
import org.uncacworkbench.ui.Failures;

/**
 * The follow-up page: the cycle's adopted observations with where each stands, its reporting rounds
 * and their agencies, and the commands — assign a point, assess a report, decide the tracking, open a
 * round, write the agencies' workbooks and letters, import a returned workbook after showing what it
 * changes. A refusal is said beside the form; a decision is recorded only once confirmed.
 */
public final class FollowupViewModel {

    private final FollowupService followup;
    private final RoundDocuments documents;
    private final AgencyService agencies;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;
    private final ObservableList<FollowupSnapshot.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ReportingRound> rounds = FXCollections.observableArrayList();
    private final ObservableList<ReportingRound.AgencyState> agencyStates = FXCollections.observableArrayList();
    private final ObservableList<Agency> agencyList = FXCollections.observableArrayList();
    private final ObservableList<Grade> grades = FXCollections.observableArrayList(Grade.values());
    private final ObjectProperty<FollowupSnapshot> snapshot = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final org.uncacworkbench.followup.MidtermReport midterm;
    private final org.uncacworkbench.convention.ConventionService convention;
    private final ObjectProperty<org.uncacworkbench.followup.FollowupFigures> figures = new SimpleObjectProperty<>();
    private List<org.uncacworkbench.followup.ObservationLink> links = List.of();
    private final ObservableList<org.uncacworkbench.panel.PanelSession> sessions = FXCollections.observableArrayList();
    private final org.uncacworkbench.panel.PanelService panel;
    private final org.uncacworkbench.panel.SessionRecordService records;
    private final ObservableList<org.uncacworkbench.panel.Ruling> rulings = FXCollections.observableArrayList();
    private Cycle cycle;
    private final AssignmentSheetFlow assignmentSheet;

    public FollowupViewModel(FollowupService followup, RoundDocuments documents, org.uncacworkbench.followup.MidtermReport midterm,
                             org.uncacworkbench.convention.ConventionService convention, org.uncacworkbench.panel.PanelService panel,
                             org.uncacworkbench.panel.SessionRecordService records, AgencyService agencies,
                             org.uncacworkbench.followup.AssignmentFiles assignmentFiles, BackgroundTasks tasks,
                             DialogService dialogs, Messages messages, String username) {
        this.assignmentSheet = new AssignmentSheetFlow(assignmentFiles, followup, tasks, dialogs, messages, username);
        this.convention = convention;
        this.panel = panel;
        this.records = records;
        this.followup = followup;
        this.documents = documents;
        this.midterm = midterm;
        this.agencies = agencies;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
    }

    private record Loaded(FollowupSnapshot snapshot, List<Agency> agencies, org.uncacworkbench.followup.FollowupFigures figures,
                          List<org.uncacworkbench.followup.ObservationLink> links, List<org.uncacworkbench.panel.PanelSession> sessions,
                          List<org.uncacworkbench.panel.Ruling> rulings) {
    }

    public void load(Cycle c) {
        cycle = c;
        reload(null);
    }

    /** Reads the cycle's follow-up again; {@code then} runs once the lists hold it. */
    public void reload(Runnable then) {
        Cycle c = cycle;
        if (c == null) {
            rows.clear();
            rounds.clear();
            return;
        }
        tasks.submit(() -> {
            FollowupSnapshot s = followup.snapshot(c.id());
            return new Loaded(s, agencies.agencies(), org.uncacworkbench.followup.FollowupFigures.of(s, convention.articles()),
                    followup.links(c.id()), panel.sessions(c.id()), records.rulings(c.id()));
        }, loaded -> {
            figures.set(loaded.figures());
            links = loaded.links();
            sessions.setAll(loaded.sessions());
            rulings.setAll(loaded.rulings());
            agencyList.setAll(loaded.agencies().stream().filter(Agency::active).toList());
            snapshot.set(loaded.snapshot());
            if (!grades.equals(loaded.snapshot().scale().grades())) {
                grades.setAll(loaded.snapshot().scale().grades());
            }
            rows.setAll(loaded.snapshot().rows());
            rounds.setAll(loaded.snapshot().rounds());
            if (then != null) {
                then.run();
            }
        }, this::fail);
    }

    public void saveAssignment(FollowupSnapshot.Row row, AssignmentDraft draft, Runnable done) {
        problem.set("");
        Integer version = row.assignment() == null ? null : row.assignment().version();
        tasks.submit(() -> followup.assign(row.observation(), version, draft, username), a -> {
            status.set(messages.format("followup.page.assigned", row.observation().number(), a.lead().label(messages.language())));
            reload(done);
        }, this::refuse);
    }

    /** Records an assessment of a report, by the secretariat or, when {@code session} is given, at that panel meeting. */
    public void assess(ProgressReport report, Grade grade, String note, org.uncacworkbench.panel.PanelSession session, Runnable done) {
        problem.set("");
        tasks.submit(() -> followup.assess(report, grade, note, session == null ? null : session.id(), username), a -> {
            status.set(messages.format("followup.page.assessed", gradeLabel(grade)));
            reload(done);
        }, this::refuse);
    }

    /** Records a decision once the user confirmed it: a decision stays on record (a later one may replace it). */
    public void decide(FollowupSnapshot.Row row, DecisionDraft draft, Runnable done) {
        problem.set("");
        try {
            draft.validate(followup.today());
        } catch (org.uncacworkbench.i18n.WorkbenchException e) {
            problem.set(messages.text(e.userMessage()));
            return;
        }
        if (dialogs.choose(messages.get("followup.page.decideTitle"), messages.format("followup.page.decideQuestion",
                messages.get(draft.kind().key()), row.observation().number()), List.of(messages.get("followup.page.decideConfirm"),
                messages.get("dialog.cancel"))) != 0) {
            return;
        }
        tasks.submit(() -> followup.decide(row.assignment(), draft, username), d -> {
            status.set(messages.format("followup.page.decided", row.observation().number(), messages.get(d.kind().key())));
            reload(done);
        }, this::refuse);
    }

    /** The round proposed next: the half year after the last round (or the one today falls in), due six weeks after it opens. */
    public RoundDraft proposedRound() {
        LocalDate today = followup.today();
        int year = today.getYear();
        int half = today.getMonthValue() <= 6 ? 1 : 2;
        for (ReportingRound r : rounds) {
            if (r.label().matches("\\d{4}H[12]")) {
                int y = Integer.parseInt(r.label().substring(0, 4));
                int h = r.label().charAt(5) - '0';
                if (y * 2 + h >= year * 2 + half) {
                    year = h == 2 ? y + 1 : y;
                    half = h == 2 ? 1 : 2;
                }
            }
        }
        LocalDate opens = today.isAfter(LocalDate.of(year, half == 1 ? 6 : 12, 1)) ? today : LocalDate.of(year, half == 1 ? 6 : 12, 1);
        return RoundDraft.halfYear(year, half, opens, opens.plusWeeks(6));
    }

    public void openRound(RoundDraft draft, Consumer<ReportingRound> opened) {
        problem.set("");
        if (cycle == null) {
            return;
        }
        long cycleId = cycle.id();
        tasks.submit(() -> followup.openRound(cycleId, draft, username), r -> {
            status.set(messages.format("followup.page.roundOpened", r.label(), DateFormats.date(r.dueOn(), messages.language())));
            reload(() -> opened.accept(r));
        }, this::refuse);
    }

    public void showAgencies(ReportingRound round) {
        if (round == null) {
            agencyStates.clear();
            return;
        }
        tasks.submit(() -> followup.agencyStates(round), agencyStates::setAll, this::fail);
    }

    /** Writes the workbook and letter for one agency, or for every agency of the round, into a folder the user chooses. */
    public void writeRoundFiles(ReportingRound round, ReportingRound.AgencyState only) {
        problem.set("");
        var folder = dialogs.chooseFolder(messages.get("followup.page.chooseFolder"));
        if (folder.isEmpty()) {
            return;
        }
        List<String> codes = only != null ? List.of(only.agency().code())
                : agencyStates.stream().filter(a -> a.tracked() > 0).map(a -> a.agency().code()).toList();
        status.set(messages.get("followup.page.writing"));
        tasks.submit(() -> documents.write(round, codes, folder.get(), org.uncacworkbench.export.DocxEngine.Progress.NONE, username), written -> {
            status.set(messages.format("followup.page.written", written.size(), folder.get().toString()));
            showAgencies(round);
            if (dialogs.choose(messages.get("followup.page.writtenTitle"), status.get(), List.of(messages.get("followup.page.openFolder"),
                    messages.get("review.booklet.notNow"))) == 0) {
                dialogs.open(folder.get());
            }
        }, failure -> {
            status.set("");
            refuse(failure);
        });
    }

    /** Reads a returned workbook, shows what it would change, and stores it once the user agrees. */
    public void importWorkbook(ReportingRound round, ReportingRound.AgencyState expected) {
        problem.set("");
        var file = dialogs.chooseFile(messages.get("followup.page.chooseWorkbook"), List.of("xlsx"));
        if (file.isEmpty()) {
            return;
        }
        String code = expected == null ? null : expected.agency().code();
        tasks.submit(() -> documents.plan(round, code, file.get()), plan -> {
            Language lang = messages.language();
            List<List<String>> table = plan.changes().stream().map(c -> List.of(String.valueOf(c.number()),
                    messages.get(switch (c.kind()) {
                        case NEW -> "followup.change.new";
                        case CHANGED -> "followup.change.changed";
                        case UNCHANGED -> "followup.change.unchanged";
                        case NOT_REPORTED -> "followup.change.notReported";
                    }),
                    c.entry() == null || c.entry().ownStatus() == null ? "" : messages.get(c.entry().ownStatus().key()),
                    c.entry() == null ? "" : shorten(c.entry().textZh()))).toList();
            String message = messages.format(plan.again() ? "followup.page.importAgain" : "followup.page.importQuestion",
                    plan.agency().label(lang), round.label(), plan.count(ProgressImport.ChangeKind.NEW), plan.count(ProgressImport.ChangeKind.CHANGED));
            int choice = dialogs.chooseAfterTable(messages.get("followup.page.importTitle"), message,
                    List.of(messages.get("followup.column.no"), messages.get("followup.column.change"), messages.get("followup.column.status"),
                            messages.get("followup.column.results")), table, List.of(messages.get("followup.page.importConfirm"), messages.get("dialog.cancel")));
            if (choice != 0) {
                return;
            }
            tasks.submit(() -> followup.apply(plan, username), n -> {
                status.set(messages.format("followup.page.imported", plan.agency().label(lang), n));
                showAgencies(round);
                reload(null);
            }, this::refuse);
        }, this::refuse);
    }

    private static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    /** Writes the assignment sheet (指派表) of the cycle, to assign many points at once in Excel. */
    public void writeAssignmentSheet() {
        if (cycle != null) {
            problem.set("");
            assignmentSheet.write(cycle, status::set);
        }
    }

    /** Reads a filled assignment sheet, shows what it would assign and stores it once the user agrees. */
    public void importAssignmentSheet() {
        if (cycle != null) {
            problem.set("");
            assignmentSheet.read(cycle, status::set, this::refuse, () -> reload(null));
        }
    }

    /** The documents the page writes. */
    public enum Document { TABLE_XLSX, TABLE_DOCX, MIDTERM }

    /** Asks where, then writes the follow-up table or the mid-term report of the cycle in {@code language}. */
    public void export(Document document, Language language) {
        if (cycle == null) {
            return;
        }
        long cycleId = cycle.id();
        String suffix = "-" + language.shortCode();
        var texts = new org.uncacworkbench.ui.DocumentSaves.Texts(messages.get("followup.page.export.chooseFile"),
                messages.format(document == Document.MIDTERM ? "followup.page.export.midtermName" : "followup.page.export.tableName",
                        cycle.number(), suffix), messages.get("followup.page.export.writing"), messages.get("review.booklet.writtenTitle"),
                "review.booklet.written", messages.get("followup.page.export.notWritten"));
        switch (document) {
            case TABLE_XLSX -> org.uncacworkbench.ui.DocumentSaves.save(tasks, dialogs, messages, texts, "xlsx",
                    target -> documents.writeTable(cycleId, language, target), status::set);
            case TABLE_DOCX -> org.uncacworkbench.ui.DocumentSaves.save(tasks, dialogs, messages, texts,
                    target -> midterm.exportTable(cycleId, language, target, org.uncacworkbench.export.DocxEngine.Progress.NONE), status::set);
            case MIDTERM -> org.uncacworkbench.ui.DocumentSaves.save(tasks, dialogs, messages, texts,
                    target -> midterm.export(cycleId, language, target, org.uncacworkbench.export.DocxEngine.Progress.NONE), status::set);
        }
    }

    /** A point's links to earlier cycles' observations. */
    public List<org.uncacworkbench.followup.ObservationLink> links(FollowupSnapshot.Row row) {
        return links.stream().filter(l -> l.observationId() == row.observation().id()).toList();
    }

    /** Ties the point to an earlier cycle's; the numbers as typed (blank or not a number: asked for again). */
    public void link(FollowupSnapshot.Row row, String earlierCycle, String earlierNumber, org.uncacworkbench.followup.ObservationLink.Kind kind,
                     Runnable done) {
        problem.set("");
        if (cycle == null) {
            return;
        }
        int current = cycle.number();
        Integer c = number(earlierCycle);
        Integer n = number(earlierNumber);
        tasks.submit(() -> {
            followup.link(row.observation(), current, c, n, kind, username);
            return row;
        }, r -> {
            status.set(messages.format("followup.link.saved", r.observation().number(), c, n));
            reload(done);
        }, this::refuse);
    }

    /** The cycle before the one shown, as the link's form proposes it ("" for the first). */
    public String previousCycleNumber() {
        return cycle == null || cycle.number() <= 1 ? "" : String.valueOf(cycle.number() - 1);
    }

    public void unlink(org.uncacworkbench.followup.ObservationLink link, Runnable done) {
        problem.set("");
        tasks.submit(() -> {
            followup.unlink(link, username);
            return link;
        }, l -> reload(done), this::refuse);
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A point's history as lines: the day, what happened, by whom. */
    public List<String> history(FollowupSnapshot.Row row) {
        FollowupSnapshot s = snapshot.get();
        if (s == null || row.assignment() == null) {
            return List.of();
        }
        Language lang = messages.language();
        return followup.history(s, row.assignment()).stream().map(e -> {
            String day = e.on() == null ? "—" : DateFormats.date(e.on(), lang);
            return day + "　" + switch (e) {
                case HistoryEvent.Assigned a -> messages.format("followup.history.assigned", a.assignment().lead().label(lang),
                        messages.get(a.assignment().controlLevel().key()));
                case HistoryEvent.Reported r -> messages.format("followup.history.reported", r.report().agency().label(lang),
                        r.report().roundLabel(), r.report().ownStatus() == null ? "—" : messages.get(r.report().ownStatus().key()));
                case HistoryEvent.Assessed a -> messages.format("followup.history.assessed", s.scale().label(a.assessment().grade(), lang),
                        a.report().roundLabel(), a.assessment().panelSessionId() == null ? a.assessment().assessedBy()
                                : sessions.stream().filter(x -> x.id() == a.assessment().panelSessionId()).findFirst()
                                        .map(x -> messages.format("followup.page.sessionLabel", x.number(), DateFormats.date(x.startsAt().toLocalDate(), lang)))
                                        .orElse(a.assessment().assessedBy()));
                case HistoryEvent.Decided d -> messages.format("followup.history.decided", messages.get(d.decision().kind().key()),
                        d.decision().decidedBy(), d.decision().reason(lang));
            };
        }).toList();
    }

    private void refuse(Throwable failure) {
        Failures.showBeside(problem::set, dialogs, messages, failure);
    }

    private void fail(Throwable failure) {
        Failures.show(dialogs, messages, failure, messages.get("warning.notDone"));
    }

    /** The grades of the cycle's assessment scale, in order. */
    public ObservableList<Grade> grades() {
        return grades;
    }

    /** The rulings of the cycle's panel meetings. */
    public ObservableList<org.uncacworkbench.panel.Ruling> rulings() {
        return rulings;
    }

    /** The cycle's scale as it is now. */
    public org.uncacworkbench.followup.AssessmentScale scale() {
        FollowupSnapshot s = snapshot.get();
        return s == null ? org.uncacworkbench.followup.AssessmentScale.standard() : s.scale();
    }

    /** Stores the cycle's scale the user set; a grade given already cannot leave it. */
    public void saveScale(org.uncacworkbench.followup.AssessmentScale scale) {
        problem.set("");
        if (cycle == null) {
            return;
        }
        long cycleId = cycle.id();
        tasks.submit(() -> followup.setScale(cycleId, scale, username), saved -> {
            status.set(messages.format("followup.scale.saved", String.join(messages.language().isChinese() ? "、" : ", ",
                    saved.grades().stream().map(Grade::name).toList())));
            reload(null);
        }, this::refuse);
    }

    /** A grade as the cycle's scale names it. */
    public String gradeLabel(Grade grade) {
        FollowupSnapshot s = snapshot.get();
        return (s == null ? org.uncacworkbench.followup.AssessmentScale.standard() : s.scale()).label(grade, messages.language());
    }

    public ObservableList<FollowupSnapshot.Row> rows() {
        return rows;
    }

    public ObservableList<ReportingRound> rounds() {
        return rounds;
    }

    public ObservableList<ReportingRound.AgencyState> agencyStates() {
        return agencyStates;
    }

    public ObservableList<Agency> agencies() {
        return agencyList;
    }

    public ObjectProperty<org.uncacworkbench.followup.FollowupFigures> figuresProperty() {
        return figures;
    }

    /** Writes a chart's picture (taken on the FX thread) as a PNG where the user chooses. */
    public void savePicture(java.awt.image.BufferedImage picture, String suggestedName) {
        var chosen = dialogs.chooseSaveFile(messages.get("followup.charts.saveTitle"), suggestedName, "png");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? chosen.get() : Path.of(chosen.get() + ".png");
        tasks.submit(() -> {
            javax.imageio.ImageIO.write(picture, "png", target.toFile());
            return target;
        }, written -> status.set(messages.format("followup.charts.saved", written.toString())), this::refuse);
    }

    public List<org.uncacworkbench.convention.Chapter> chapters() {
        return convention.chapters();
    }

    /** The cycle's panel sessions, at which a decision may have been taken. */
    public ObservableList<org.uncacworkbench.panel.PanelSession> sessions() {
        return sessions;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public LocalDate today() {
        return followup.today();
    }

    public Messages messages() {
        return messages;
    }
}
