package org.uncacworkbench.views.dashboard;

import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.cycle.Milestone;
import org.uncacworkbench.cycle.PhasePlan;

import java.util.List;
import java.util.Map;
import org.uncacworkbench.requests.DataRequestService;
import org.uncacworkbench.drafting.SectionStatus;

/** Everything a cycle's dashboard shows, read in one go. */
public record CycleDashboard(Cycle cycle, List<PhasePlan> phases, List<Milestone> milestones,
                             Map<SectionStatus, Integer> sectionCounts, List<DataRequestService.Overdue> overdueRequests,
                             List<org.uncacworkbench.review.QuestionService.Overdue> overdueQuestions,
                             List<org.uncacworkbench.followup.FollowupService.Overdue> overdueRounds) {

    public CycleDashboard {
        phases = List.copyOf(phases);
        milestones = List.copyOf(milestones);
        sectionCounts = Map.copyOf(sectionCounts);
        overdueRequests = List.copyOf(overdueRequests);
        overdueRounds = List.copyOf(overdueRounds);
        overdueQuestions = List.copyOf(overdueQuestions);
    }

    public int sectionTotal() {
        return sectionCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
