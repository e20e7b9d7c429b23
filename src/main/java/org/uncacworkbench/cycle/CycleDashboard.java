package org.uncacworkbench.cycle;

import java.util.List;
import java.util.Map;
import org.uncacworkbench.agency.DataRequestService;
import org.uncacworkbench.drafting.SectionStatus;

/** Everything a cycle's dashboard shows, read in one go. */
public record CycleDashboard(Cycle cycle, List<PhasePlan> phases, List<Milestone> milestones,
                             Map<SectionStatus, Integer> sectionCounts, List<DataRequestService.Overdue> overdueRequests) {

    public CycleDashboard {
        phases = List.copyOf(phases);
        milestones = List.copyOf(milestones);
        sectionCounts = Map.copyOf(sectionCounts);
        overdueRequests = List.copyOf(overdueRequests);
    }

    public int sectionTotal() {
        return sectionCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
