package org.uncacworkbench.requests;

import org.uncacworkbench.agency.AgencyService;
import org.uncacworkbench.agency.Contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.WorkbenchException;

class DataRequestServiceTest {

    @TempDir
    Path dir;
    App app;
    long cycle3;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir);
        cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long agency(String code) {
        return app.agencies().agencies().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static String key(Throwable e) {
        return ((WorkbenchException) e).userMessage().key();
    }

    private DataRequest.Recipient recipient(int request, String agency) {
        return app.requests().requests(cycle3).stream().filter(r -> r.number() == request).findFirst().orElseThrow()
                .recipients().stream().filter(x -> x.agency().code().equals(agency)).findFirst().orElseThrow();
    }

    @Test
    void theDemoShowsSentAnsweredAndOverdueRequestsAndTheDashboardListsTheLateOnes() {
        assertThat(recipient(1, "MOJ").status()).isEqualTo(RequestStatus.OVERDUE);
        assertThat(recipient(1, "JY").status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(recipient(2, "MJIB").status()).isEqualTo(RequestStatus.SENT);
        var dashboard = app.dashboards().dashboard(cycle3).orElseThrow();
        assertThat(dashboard.overdueRequests()).extracting(DataRequestService.Overdue::agencyCode).containsExactly("MOJ");
    }

    @Test
    void sendingNumbersRequestsPerCycleAndChecksWhatIsAsked() {
        DataRequest sent = app.requests().send(cycle3, "請提供第33條檢舉人保護統計", "2022–2025 年度", LocalDate.of(2027, 1, 15),
                List.of(agency("AAC"), agency("MOJ")), List.of(33, 32, 33), "lin");
        assertThat(sent.number()).isEqualTo(4);
        assertThat(sent.articles()).containsExactly(32, 33);
        assertThat(sent.recipients()).extracting(r -> r.agency().code()).containsExactly("AAC", "MOJ");
        assertThat(sent.recipients()).allMatch(r -> r.status() == RequestStatus.SENT);

        assertThatThrownBy(() -> app.requests().send(cycle3, " ", null, LocalDate.of(2027, 1, 1), List.of(agency("AAC")), List.of(5), "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("request.titleRequired"));
        assertThatThrownBy(() -> app.requests().send(cycle3, "t", null, LocalDate.of(2027, 1, 1), List.of(), List.of(5), "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("request.agencyRequired"));
        assertThatThrownBy(() -> app.requests().send(cycle3, "t", null, LocalDate.of(2027, 1, 1), List.of(agency("AAC")), List.of(), "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("request.articleRequired"));
        assertThatThrownBy(() -> app.requests().send(cycle3, "t", null, LocalDate.of(2020, 1, 1), List.of(agency("AAC")), List.of(5), "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("request.dueInPast"));
        assertThat(app.requests().requests(cycle3)).hasSize(4);
    }

    @Test
    void anImportedWordAnswerIsMergedIntoTheSectionAsALinkedRevision() throws Exception {
        Path docx = dir.resolve("moj.docx");
        Files.copy(DataRequestServiceTest.class.getResourceAsStream("/docx/libreoffice-agency-answer.docx"), docx);
        long moj = recipient(1, "MOJ").id();
        app.requests().importAnswer(moj, docx, "lin");
        assertThat(recipient(1, "MOJ").status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(recipient(1, "MOJ").answerFile()).isEqualTo("moj.docx");
        assertThat(recipient(1, "MOJ").answerText()).contains("| 年度 | 起訴人數 | 定罪人數 |");
        assertThat(app.dashboards().dashboard(cycle3).orElseThrow().overdueRequests()).isEmpty();

        long a15 = app.sections().sectionId(cycle3, "A15").orElseThrow();
        String before = app.sections().open(a15).zh().orElseThrow().body();
        Revision merged = app.requests().merge(moj, 15, Language.ZH_TW, false, "lin");

        assertThat(merged.source()).isEqualTo(Revision.MERGE);
        assertThat(merged.note()).isEqualTo("merged from data request 1 (MOJ)");
        assertThat(merged.body()).startsWith(before).contains("賄賂罪之**起訴**");
        assertThat(recipient(1, "MOJ").status()).isEqualTo(RequestStatus.MERGED);
        assertThat(recipient(1, "MOJ").mergedInto()).isEqualTo("A15 zh");
        assertThatThrownBy(() -> app.requests().recordAnswer(moj, "later text", null, "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("request.alreadyMerged"));
    }

    @Test
    void aBadFileOrAnEmptyAnswerChangesNothing() throws Exception {
        long mjib = recipient(2, "MJIB").id();
        Path bad = Files.writeString(dir.resolve("answer.docx"), "not word");
        assertThatThrownBy(() -> app.requests().importAnswer(mjib, bad, "lin")).satisfies(e -> assertThat(key(e)).isEqualTo("import.notWord"));
        assertThatThrownBy(() -> app.requests().recordAnswer(mjib, "  ", null, "lin")).satisfies(e -> assertThat(key(e)).isEqualTo("request.answerEmpty"));
        assertThatThrownBy(() -> app.requests().merge(mjib, 14, Language.ZH_TW, false, "lin")).satisfies(e -> assertThat(key(e)).isEqualTo("request.notAnswered"));
        assertThat(recipient(2, "MJIB").status()).isEqualTo(RequestStatus.SENT);
    }

    @Test
    void mergingIntoAFinalSectionIsRefusedAndLeavesTheAnswerUnmerged() {
        long jy = recipient(1, "JY").id();
        assertThatThrownBy(() -> app.requests().merge(jy, 1, Language.ZH_TW, false, "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("drafting.finalReadOnly"));
        assertThat(recipient(1, "JY").status()).isEqualTo(RequestStatus.ANSWERED);
    }

    @Test
    void theAgenciesDirectoryValidatesWhatIsTyped() {
        long id = app.agencies().save(new AgencyService.AgencyDraft(null, 0, "ndc2", "國家發展委員會人事處", "Personnel Office, NDC", null, "NDC", true), "lin");
        assertThat(app.agencies().agencies()).anyMatch(a -> a.id() == id && a.code().equals("NDC2") && "NDC".equals(a.parentCode()));
        assertThatThrownBy(() -> app.agencies().save(new AgencyService.AgencyDraft(null, 0, "MOJ", "重複", "Dup", null, null, true), "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agency.codeTaken"));
        assertThatThrownBy(() -> app.agencies().save(new AgencyService.AgencyDraft(null, 0, "9X", "名", "Name", null, null, true), "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agency.badCode"));
        assertThatThrownBy(() -> app.agencies().save(new AgencyService.AgencyDraft(null, 0, "ABC", "", "Name", null, null, true), "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agency.namesRequired"));
        assertThatThrownBy(() -> app.agencies().addContact(id, "王小明", null, "not-an-email", null, true, "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agency.badEmail"));
        app.agencies().addContact(id, "王小明", "科員", "wang@example.gov.tw", "02-1234", true, "lin");
        assertThat(app.agencies().contacts(id)).extracting(Contact::email).containsExactly("wang@example.gov.tw");
        var stale = app.agencies().agencies().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        app.agencies().save(new AgencyService.AgencyDraft(id, stale.version(), "NDC2", "改名", "Renamed", null, null, true), "lin");
        assertThatThrownBy(() -> app.agencies().save(new AgencyService.AgencyDraft(id, stale.version(), "NDC2", "再改", "Again", null, null, true), "lin"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agency.changedMeanwhile"));
    }
}
