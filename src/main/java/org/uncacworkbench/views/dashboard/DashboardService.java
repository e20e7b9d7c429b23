package org.uncacworkbench.views.dashboard;

import java.util.Optional;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.requests.DataRequestService;
import org.uncacworkbench.storage.Transactor;

/** A cycle's dashboard: what the cycle, its sections and its data requests say, read together. */
public final class DashboardService {

    private final CycleService cycles;
    private final SectionService sections;
    private final DataRequestService requests;
    private final org.uncacworkbench.review.QuestionService questions;
    private final org.uncacworkbench.followup.FollowupService followup;
    private final Transactor transactor;

    public DashboardService(CycleService cycles, SectionService sections, DataRequestService requests,
                            org.uncacworkbench.review.QuestionService questions, org.uncacworkbench.followup.FollowupService followup,
                            Transactor transactor) {
        this.cycles = cycles;
        this.followup = followup;
        this.questions = questions;
        this.sections = sections;
        this.requests = requests;
        this.transactor = transactor;
    }

    /** The cycle's phase, timeline, section counts and overdue answers (data requests, the list of issues, follow-up rounds), read consistently in one transaction. */
    public Optional<CycleDashboard> dashboard(long cycleId) {
        return transactor.inTransaction(() -> cycles.cycle(cycleId).map(cycle -> new CycleDashboard(cycle,
                cycles.phases(cycleId), cycles.milestones(cycleId), sections.countsByStatus(cycleId), requests.overdue(cycleId),
                questions.overdue(cycleId), followup.overdue(cycleId))));
    }
}
