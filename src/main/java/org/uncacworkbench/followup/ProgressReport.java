package org.uncacworkbench.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.i18n.Language;

/**
 * What an agency reported on a point in a round: where it stands, its results so far (現階段執行成果)
 * and next steps (後續策進方向及作法) in Chinese with English, evidence, and indicator values.
 */
public record ProgressReport(long id, long assignmentId, AgencyRef agency, String roundLabel, LocalDate reportedOn,
                             OwnStatus ownStatus, String textZh, String textEn, String nextStepsZh, String nextStepsEn,
                             String evidence, Map<Long, BigDecimal> values, int version) {

    public ProgressReport {
        values = Map.copyOf(values);
    }

    public String text(Language language) {
        return language.isChinese() || textEn == null || textEn.isBlank() ? textZh : textEn;
    }

    public String nextSteps(Language language) {
        return language.isChinese() || nextStepsEn == null || nextStepsEn.isBlank() ? nextStepsZh : nextStepsEn;
    }

    /** What the agency writes in a round for one point, before it is stored. */
    public record Entry(OwnStatus ownStatus, String textZh, String textEn, String nextStepsZh, String nextStepsEn,
                        String evidence, Map<Long, BigDecimal> values) {

        public Entry {
            values = Map.copyOf(values);
        }

        /** Whether storing this over {@code report} would change anything. */
        public boolean sameAs(ProgressReport report) {
            return report != null && ownStatus == report.ownStatus() && java.util.Objects.equals(textZh, report.textZh())
                    && java.util.Objects.equals(textEn, report.textEn()) && java.util.Objects.equals(nextStepsZh, report.nextStepsZh())
                    && java.util.Objects.equals(nextStepsEn, report.nextStepsEn()) && java.util.Objects.equals(evidence, report.evidence())
                    && sameValues(report.values());
        }

        private boolean sameValues(Map<Long, BigDecimal> other) {
            if (!values.keySet().equals(other.keySet())) {
                return false;
            }
            return values.entrySet().stream().allMatch(e -> e.getValue().compareTo(other.get(e.getKey())) == 0);
        }
    }
}
