package org.uncacworkbench.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.i18n.Language;

/**
 * An adopted observation given to agencies to act on: the lead agency and co-agencies, the control
 * level, the action plan, milestones with due dates and the indicators progress is measured by.
 */
public record Assignment(long id, long observationId, AgencyRef lead, List<AgencyRef> coAgencies, ControlLevel controlLevel,
                         String planZh, String planEn, List<Milestone> milestones, List<Indicator> indicators,
                         LocalDate assignedOn, String assignedBy, int version) {

    public Assignment {
        coAgencies = List.copyOf(coAgencies);
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
    }

    /** The lead first, then the co-agencies. */
    public List<AgencyRef> agencies() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(lead), coAgencies.stream()).toList();
    }

    public boolean involves(String agencyCode) {
        return agencies().stream().anyMatch(a -> a.code().equals(agencyCode));
    }

    public String plan(Language language) {
        return language.isChinese() || planEn == null || planEn.isBlank() ? planZh : planEn;
    }

    /** A step of the action plan, due on a day, done on another. */
    public record Milestone(Long id, String titleZh, String titleEn, LocalDate dueOn, LocalDate completedOn) {
    }

    /** What progress is measured by: from a baseline to a target by a day, in a unit. */
    public record Indicator(Long id, String descriptionZh, String descriptionEn, String unit, BigDecimal baseline,
                            BigDecimal target, LocalDate targetOn) {

        public String description(Language language) {
            return language.isChinese() || descriptionEn == null || descriptionEn.isBlank() ? descriptionZh : descriptionEn;
        }
    }
}
