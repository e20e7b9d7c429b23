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

    public CycleService(CycleRepository repository, SectionService sections, DataRequestService requests, Transactor transactor) {
        this.repository = repository;
        this.sections = sections;
        this.requests = requests;
        this.transactor = transactor;
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
