package org.uncacworkbench.cycle;

import java.util.List;
import java.util.Optional;
import org.uncacworkbench.storage.Transactor;

/** The cycles: their titles, period, phases and milestones. */
public final class CycleService {

    private final CycleRepository repository;
    private final NewCycleContent content;
    private final Transactor transactor;
    private final org.uncacworkbench.storage.AuditLog auditLog;

    /** {@code content} makes what a new cycle starts with (the report's sections), in the same transaction. */
    public CycleService(CycleRepository repository, NewCycleContent content, Transactor transactor,
                        org.uncacworkbench.storage.AuditLog auditLog) {
        this.repository = repository;
        this.content = content;
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

    /**
     * Creates the next cycle as set up, with the report's sections (decided as in the newest cycle
     * so far) — all or nothing; returns it.
     */
    public Cycle create(CycleSetup setup, String username) {
        CycleSetup s = setup.validate();
        return transactor.inTransaction(() -> {
            Long like = repository.all().stream().map(Cycle::id).reduce((a, b) -> b).orElse(null);
            int number = repository.nextNumber();
            long id = repository.insert(number, s);
            repository.replacePhases(id, s.phases());
            repository.saveMilestones(id, s.milestones());
            int created = content.create(id, like);
            auditLog.record(username, "create", "cycle", String.valueOf(number), id,
                    "Cycle " + number + " created: " + s.titleZh() + " / " + s.titleEn() + ", " + s.periodStart() + " – " + s.periodEnd()
                            + ", " + created + " sections");
            return repository.byId(id).orElseThrow();
        });
    }

    /** Changes a cycle's titles, period, phase, phase dates and milestones, all or nothing; returns it. */
    public Cycle update(long cycleId, CycleSetup setup, String username) {
        CycleSetup s = setup.validate();
        return transactor.inTransaction(() -> {
            Cycle cycle = repository.byId(cycleId).orElseThrow();
            repository.update(cycleId, s);
            repository.replacePhases(cycleId, s.phases());
            repository.saveMilestones(cycleId, s.milestones());
            auditLog.record(username, "update", "cycle", String.valueOf(cycle.number()), cycleId,
                    "Cycle set up: " + s.titleZh() + " / " + s.titleEn() + ", " + s.periodStart() + " – " + s.periodEnd() + ", phase "
                            + s.currentPhase().code() + ", " + s.milestones().size() + " milestones");
            return repository.byId(cycleId).orElseThrow();
        });
    }

    /** A cycle as its setup form shows it. */
    public CycleSetup setup(long cycleId) {
        Cycle c = repository.byId(cycleId).orElseThrow();
        return new CycleSetup(c.titleZh(), c.titleEn(), c.periodStart(), c.periodEnd(), c.currentPhase(), repository.phases(cycleId),
                repository.milestones(cycleId).stream().map(m -> new CycleSetup.MilestoneDraft(m.id(), m.phase(), m.titleZh(), m.titleEn(),
                        m.dueOn(), m.completedOn())).toList(), repository.lengthYears(cycleId));
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

    /** A cycle's phases with their planned and actual dates, in order. */
    public List<PhasePlan> phases(long cycleId) {
        return repository.phases(cycleId);
    }

    /** A cycle's milestones, by due date. */
    public List<Milestone> milestones(long cycleId) {
        return repository.milestones(cycleId);
    }
}
