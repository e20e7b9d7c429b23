package org.uncacworkbench.drafting;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Report sections: their statuses for now; writing and revisions come with the drafting module. */
public final class SectionService {

    private final SectionRepository repository;

    public SectionService(SectionRepository repository) {
        this.repository = repository;
    }

    public List<SectionSummary> sections(long cycleId) {
        return repository.summaries(cycleId);
    }

    /** The section of each article in the cycle, by article number. */
    public Map<Integer, SectionSummary> sectionsByArticle(long cycleId) {
        return repository.summaries(cycleId).stream()
                .filter(s -> s.articleNumber() != null)
                .collect(Collectors.toMap(SectionSummary::articleNumber, Function.identity()));
    }

    /** How many sections are in each status; every status is present, zero where none. */
    public Map<SectionStatus, Integer> countsByStatus(long cycleId) {
        return repository.countsByStatus(cycleId);
    }
}
