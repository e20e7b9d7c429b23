package org.uncacworkbench;

import java.nio.file.Path;
import java.time.Clock;
import org.uncacworkbench.agency.AgencyRepository;
import org.uncacworkbench.agency.AgencyService;
import org.uncacworkbench.requests.DataRequestRepository;
import org.uncacworkbench.requests.DataRequestService;
import org.uncacworkbench.convention.ConventionRepository;
import org.uncacworkbench.convention.ConventionService;
import org.uncacworkbench.cycle.CycleRepository;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.drafting.RecoveryRepository;
import org.uncacworkbench.drafting.RecoveryService;
import org.uncacworkbench.drafting.RevisionRepository;
import org.uncacworkbench.drafting.RevisionService;
import org.uncacworkbench.drafting.SearchRepository;
import org.uncacworkbench.drafting.SearchService;
import org.uncacworkbench.drafting.SectionRepository;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.drafting.TranslationRepository;
import org.uncacworkbench.drafting.TranslationService;
import org.uncacworkbench.panel.MinutesService;
import org.uncacworkbench.panel.PanelRepository;
import org.uncacworkbench.panel.PanelService;
import org.uncacworkbench.panel.ReviewPackRepository;
import org.uncacworkbench.panel.ReviewPackService;
import org.uncacworkbench.panel.SessionRecordRepository;
import org.uncacworkbench.panel.SessionRecordService;
import org.uncacworkbench.user.UserRepository;
import org.uncacworkbench.sampledata.SampleDataLoader;
import org.uncacworkbench.sampledata.SampleDataRepository;
import org.uncacworkbench.sampledata.SampleSource;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.BackupService;
import org.uncacworkbench.storage.Database;
import org.uncacworkbench.storage.DatabaseCheck;
import org.uncacworkbench.storage.Migrations;

/**
 * The composition root: builds storage, then repositories, then services, for one data folder.
 * Nothing here is static, so tests build as many independent workbenches as they like.
 */
public final class App implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final String username;
    private final BackupService backups;
    private final Migrations migrations;
    private final AuditLog auditLog;
    private final ConventionService convention;
    private final SectionService sections;
    private final RevisionService revisions;
    private final TranslationService translations;
    private final SearchService search;
    private final RecoveryService recovery;
    private final CycleService cycles;
    private final org.uncacworkbench.views.dashboard.DashboardService dashboards;
    private final org.uncacworkbench.review.ReviewService reviews;
    private final org.uncacworkbench.review.QuestionService questions;
    private final org.uncacworkbench.review.QaBooklet qaBooklet;
    private final org.uncacworkbench.review.ObservationService observations;
    private final org.uncacworkbench.review.ParallelReportService parallelReports;
    private final org.uncacworkbench.review.MeetingService meeting;
    private final org.uncacworkbench.review.RunSheet runSheet;
    private final org.uncacworkbench.review.ObservationsDocument observationsDocument;
    private final org.uncacworkbench.followup.FollowupService followup;
    private final org.uncacworkbench.followup.RoundDocuments roundDocuments;
    private final org.uncacworkbench.followup.AssignmentFiles assignmentFiles;
    private final org.uncacworkbench.followup.MidtermReport midtermReport;
    private final org.uncacworkbench.followup.CarryOver carryOver;
    private final org.uncacworkbench.views.dossier.DossierService dossiers;
    private final org.uncacworkbench.views.dossier.BriefingBook briefingBook;
    private final AgencyService agencies;
    private final org.uncacworkbench.drafting.ReportExporter reportExporter;
    private final DataRequestService requests;
    private final SampleDataLoader sampleLoader;
    private final PanelService panel;
    private final SessionRecordService sessionRecords;
    private final MinutesService minutes;
    private final ReviewPackService reviewPacks;
    private final org.uncacworkbench.export.DocumentSettingsService documentSettings;

    private App(Database database, Clock clock, String username) {
        this.database = database;
        this.clock = clock;
        this.username = username;
        this.backups = new BackupService(database, clock);
        this.migrations = new Migrations(database, backups, clock);
        this.auditLog = new AuditLog(database);
        this.convention = new ConventionService(new ConventionRepository(database));
        UserRepository users = new UserRepository(database);
        SectionRepository sectionRepository = new SectionRepository(database);
        RevisionRepository revisionRepository = new RevisionRepository(database);
        RecoveryRepository recoveryRepository = new RecoveryRepository(database);
        this.translations = new TranslationService(database, sectionRepository, revisionRepository,
                new TranslationRepository(database), users, auditLog);
        this.sections = new SectionService(sectionRepository, revisionRepository, translations, users, database, auditLog);
        this.revisions = new RevisionService(database, sectionRepository, revisionRepository, users, recoveryRepository, auditLog);
        this.search = new SearchService(new SearchRepository(database));
        this.recovery = new RecoveryService(database, recoveryRepository, revisionRepository);
        this.agencies = new AgencyService(database, new AgencyRepository(database), auditLog);
        this.requests = new DataRequestService(database, new DataRequestRepository(database), sections, revisions, users, auditLog, clock);
        this.cycles = new CycleService(new CycleRepository(database), sections::createSections, database, auditLog);
        this.reviews = new org.uncacworkbench.review.ReviewService(database, new org.uncacworkbench.review.ReviewerRepository(database),
                auditLog, clock);
        this.documentSettings = new org.uncacworkbench.export.DocumentSettingsService(database,
                new org.uncacworkbench.export.DocumentSettingsRepository(database), auditLog);
        this.reportExporter = new org.uncacworkbench.drafting.ReportExporter(cycles, convention, sections, clock, documentSettings::current);
        this.questions = new org.uncacworkbench.review.QuestionService(database, new org.uncacworkbench.review.QuestionRepository(database),
                auditLog, clock);
        this.qaBooklet = new org.uncacworkbench.review.QaBooklet(cycles, convention, questions, documentSettings::current, clock);
        this.observations = new org.uncacworkbench.review.ObservationService(database, new org.uncacworkbench.review.ObservationRepository(database),
                auditLog, clock);
        this.parallelReports = new org.uncacworkbench.review.ParallelReportService(database,
                new org.uncacworkbench.review.ParallelReportRepository(database), auditLog, clock);
        this.meeting = new org.uncacworkbench.review.MeetingService(database, new org.uncacworkbench.review.MeetingRepository(database),
                auditLog, clock);
        this.runSheet = new org.uncacworkbench.review.RunSheet(cycles, meeting, documentSettings::current, clock);
        this.observationsDocument = new org.uncacworkbench.review.ObservationsDocument(cycles, observations, documentSettings::current, clock);
        this.followup = new org.uncacworkbench.followup.FollowupService(database, new org.uncacworkbench.followup.FollowupRepository(database),
                new org.uncacworkbench.followup.ProgressRepository(database), observations, auditLog, clock);
        this.roundDocuments = new org.uncacworkbench.followup.RoundDocuments(cycles, followup, documentSettings::current);
        this.assignmentFiles = new org.uncacworkbench.followup.AssignmentFiles(cycles, followup, agencies);
        this.midtermReport = new org.uncacworkbench.followup.MidtermReport(cycles, followup, documentSettings::current, clock);
        this.carryOver = new org.uncacworkbench.followup.CarryOver(database, followup, sections, revisions);
        this.dashboards = new org.uncacworkbench.views.dashboard.DashboardService(cycles, sections, requests, questions, followup,
                database);
        PanelRepository panelRepository = new PanelRepository(database);
        SessionRecordRepository recordRepository = new SessionRecordRepository(database);
        this.panel = new PanelService(database, panelRepository, recordRepository, auditLog);
        this.sessionRecords = new SessionRecordService(database, panel, panelRepository, recordRepository, sections, users, auditLog, clock);
        this.minutes = new MinutesService(database, panel, sessionRecords, recordRepository, cycles, agencies, users, auditLog,
                documentSettings::current);
        this.reviewPacks = new ReviewPackService(database, new ReviewPackRepository(database), recordRepository, panel, cycles, convention,
                sections, revisions, reportExporter, users, auditLog);
        this.dossiers = new org.uncacworkbench.views.dossier.DossierService(database, cycles, convention, sections, panel, sessionRecords,
                requests, questions, new org.uncacworkbench.views.dossier.DossierRepository(database));
        this.briefingBook = new org.uncacworkbench.views.dossier.BriefingBook(dossiers, cycles, documentSettings::current, clock);
        this.sampleLoader = new SampleDataLoader(database, new SampleDataRepository(database), auditLog);
    }

    /** The workbench on a database already open (for benchmarks that open it their own way). */
    public static App on(Database database, Clock clock) {
        return new App(database, clock, System.getProperty("user.name", "unknown"));
    }

    /** Opens the data folder's database without changing it (for check and backup). */
    public static App open(Path dataDir, Clock clock) {
        return new App(Database.open(dataDir), clock, System.getProperty("user.name", "unknown"));
    }

    /** Opens the data folder's database without changing it, refusing a folder that has none. */
    public static App openExisting(Path dataDir, Clock clock) {
        return new App(Database.openExisting(dataDir), clock, System.getProperty("user.name", "unknown"));
    }

    /**
     * Opens and brings the schema up to date (backing up first), loading nothing: for commands that
     * read or write the user's data, so that an old or brand-new folder gets a clear answer, not a
     * database error.
     */
    public static App openMigrated(Path dataDir, Clock clock) {
        App app = open(dataDir, clock);
        try {
            app.migrations.migrate();
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    /** Opens, migrates (backing up first) and, on a brand-new database, loads the demo cycles. */
    public static App openForWork(Path dataDir, Clock clock) {
        App app = open(dataDir, clock);
        try {
            app.migrations.migrate();
            if (app.convention.isEmpty()) {
                app.sampleLoader.load(SampleSource.bundled(), app.username);
                app.convention.refresh();
            }
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public String username() {
        return username;
    }

    public BackupService backups() {
        return backups;
    }

    public Migrations migrations() {
        return migrations;
    }

    public DatabaseCheck check() {
        return new DatabaseCheck(database, migrations);
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public ConventionService convention() {
        return convention;
    }

    public SectionService sections() {
        return sections;
    }

    public RevisionService revisions() {
        return revisions;
    }

    public TranslationService translations() {
        return translations;
    }

    public org.uncacworkbench.review.QuestionService questions() {
        return questions;
    }

    /** The article dossier (made with the features it gathers, after them). */
    public org.uncacworkbench.views.dossier.DossierService dossiers() {
        return dossiers;
    }

    public org.uncacworkbench.views.dossier.BriefingBook briefingBook() {
        return briefingBook;
    }

    public org.uncacworkbench.review.ObservationService observations() {
        return observations;
    }

    public org.uncacworkbench.review.MeetingService meeting() {
        return meeting;
    }

    public org.uncacworkbench.review.RunSheet runSheet() {
        return runSheet;
    }

    public org.uncacworkbench.review.ParallelReportService parallelReports() {
        return parallelReports;
    }

    public org.uncacworkbench.followup.FollowupService followup() {
        return followup;
    }

    public org.uncacworkbench.followup.CarryOver carryOver() {
        return carryOver;
    }

    public org.uncacworkbench.followup.MidtermReport midtermReport() {
        return midtermReport;
    }

    public org.uncacworkbench.followup.AssignmentFiles assignmentFiles() {
        return assignmentFiles;
    }

    public org.uncacworkbench.followup.RoundDocuments roundDocuments() {
        return roundDocuments;
    }

    public org.uncacworkbench.review.ObservationsDocument observationsDocument() {
        return observationsDocument;
    }

    public org.uncacworkbench.review.QaBooklet qaBooklet() {
        return qaBooklet;
    }

    public org.uncacworkbench.review.ReviewService reviews() {
        return reviews;
    }

    public org.uncacworkbench.views.dashboard.DashboardService dashboards() {
        return dashboards;
    }

    public SearchService search() {
        return search;
    }

    /**
     * What the window reads ahead once its first screen is up, off the screen's thread: the texts the
     * search looks through (reading them through jOOQ also sets jOOQ up) and the Markdown parser, so
     * that the first search and the first section opened do not wait for either.
     */
    public void readAhead() {
        search.prepare();
        org.uncacworkbench.markdown.Markdown.parse("# 1\n\n- a\n\n1. b\n\n| x |\n|---|\n| y |\n\nc[^1]\n\n[^1]: d\n");
    }

    public RecoveryService recovery() {
        return recovery;
    }

    public org.uncacworkbench.drafting.ReportExporter reportExporter() {
        return reportExporter;
    }

    public AgencyService agencies() {
        return agencies;
    }

    public DataRequestService requests() {
        return requests;
    }

    public CycleService cycles() {
        return cycles;
    }

    public PanelService panel() {
        return panel;
    }

    public SessionRecordService sessionRecords() {
        return sessionRecords;
    }

    public org.uncacworkbench.export.DocumentSettingsService documentSettings() {
        return documentSettings;
    }

    public MinutesService minutes() {
        return minutes;
    }

    public ReviewPackService reviewPacks() {
        return reviewPacks;
    }

    public SampleDataLoader sampleLoader() {
        return sampleLoader;
    }

    @Override
    public void close() {
        database.close();
    }
}
