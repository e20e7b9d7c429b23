package org.uncacworkbench.cycle;

import java.util.List;
import java.util.Optional;
import org.uncacworkbench.agency.DataRequestService;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.storage.Transactor;

/** The cycles and what their dashboards show. */
public final class CycleService {

    private final CycleRepository repository;
    private final SectionService sections;
    private final DataRequestService requests;
    private final Transactor transactor;
    private final org.uncacworkbench.storage.AuditLog auditLog;

    public CycleService(CycleRepository repository, SectionService sections, DataRequestService requests, Transactor transactor,
                        org.uncacworkbench.storage.AuditLog auditLog) {
        this.repository = repository;
        this.sections = sections;
        this.requests = requests;
        this.transactor = transactor;
        this.auditLog = auditLog;
    }

    /**
     * Gives the cycle's report the titles its cover carries (blank: the cycle's own title); returns
     * the cycle as it now is.
     */
    public Cycle setReportTitles(long cycleId, String zh, String en, String username) {
        String z = zh == null || zh.isBlank() ? null : zh.strip();
        String e = en == null || en.isBlank() ? null : en.strip();
        if ((z != null && z.length() > Cycle.MAX_REPORT_TITLE) || (e != null && e.length() > Cycle.MAX_REPORT_TITLE)) {
            throw new org.uncacworkbench.i18n.WorkbenchException(
                    org.uncacworkbench.i18n.UserMessage.of("cycle.reportTitleTooLong", Cycle.MAX_REPORT_TITLE));
        }
        if (e != null && org.uncacworkbench.i18n.Scripts.hasCjk(e)) {
            throw new org.uncacworkbench.i18n.WorkbenchException(org.uncacworkbench.i18n.UserMessage.of("cycle.reportTitleNotEnglish"));
        }
        return transactor.inTransaction(() -> {
            Cycle cycle = repository.byId(cycleId).orElseThrow();
            repository.setReportTitles(cycleId, z, e);
            auditLog.record(username, "update", "cycle", String.valueOf(cycle.number()), cycleId,
                    "Report title: " + (z == null ? "(the cycle's title)" : z) + " / " + (e == null ? "(the cycle's title)" : e));
            return repository.byId(cycleId).orElseThrow();
        });
    }

    public List<Cycle> cycles() {
        return repository.all();
    }

    public Optional<Cycle> cycle(long id) {
        return repository.byId(id);
    }

    public Optional<Cycle> cycleByNumber(int number) {
        return repository.byNumber(number);
    }

    /** The cycle's phase, timeline and section counts, read consistently in one transaction. */
    public Optional<CycleDashboard> dashboard(long cycleId) {
        return transactor.inTransaction(() -> repository.byId(cycleId).map(cycle -> new CycleDashboard(cycle,
                repository.phases(cycleId), repository.milestones(cycleId), sections.countsByStatus(cycleId),
                requests.overdue(cycleId))));
    }
}
