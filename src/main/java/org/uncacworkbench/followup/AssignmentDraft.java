package org.uncacworkbench.followup;

import java.util.LinkedHashSet;
import java.util.List;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** What the secretariat types or imports to assign an observation; checked before anything is stored. */
public record AssignmentDraft(String leadCode, List<String> coCodes, ControlLevel controlLevel, String planZh, String planEn,
                              List<Assignment.Milestone> milestones, List<Assignment.Indicator> indicators) {

    public AssignmentDraft {
        coCodes = coCodes == null ? List.of() : List.copyOf(coCodes);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** The draft trimmed; throws with the first problem found. */
    public AssignmentDraft validate() {
        String lead = blankToNull(leadCode);
        if (lead == null) {
            throw new WorkbenchException(UserMessage.of("followup.assign.noLead"));
        }
        if (controlLevel == null) {
            throw new WorkbenchException(UserMessage.of("followup.assign.noControlLevel"));
        }
        LinkedHashSet<String> co = new LinkedHashSet<>();
        for (String c : coCodes) {
            String code = blankToNull(c);
            if (code != null && !code.equals(lead)) {
                co.add(code);
            }
        }
        String zh = blankToNull(planZh);
        if (zh == null) {
            throw new WorkbenchException(UserMessage.of("followup.assign.noPlan"));
        }
        for (Assignment.Milestone m : milestones) {
            if (blankToNull(m.titleZh()) == null || m.dueOn() == null) {
                throw new WorkbenchException(UserMessage.of("followup.assign.milestoneIncomplete"));
            }
        }
        for (Assignment.Indicator i : indicators) {
            if (blankToNull(i.descriptionZh()) == null) {
                throw new WorkbenchException(UserMessage.of("followup.assign.indicatorNoDescription"));
            }
        }
        return new AssignmentDraft(lead, List.copyOf(co), controlLevel, zh, blankToNull(planEn), milestones, indicators);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
