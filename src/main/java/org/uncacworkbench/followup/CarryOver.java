package org.uncacworkbench.followup;

import org.uncacworkbench.drafting.RevisionService;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.Observation;
import org.uncacworkbench.storage.Transactor;

/**
 * Carries a cycle's observations into the next cycle's report: the part that answers the previous
 * observations (SectionKey.PREVIOUS_OBSERVATIONS) is pre-filled, in Chinese and in English, with one
 * subsection per adopted observation — its text, agencies, latest progress, assessment and tracking
 * decision — as a draft for the secretariat to rewrite. A part that already holds text is left alone.
 */
public final class CarryOver {

    private final Transactor transactor;
    private final FollowupService followup;
    private final SectionService sections;
    private final RevisionService revisions;

    public CarryOver(Transactor transactor, FollowupService followup, SectionService sections, RevisionService revisions) {
        this.transactor = transactor;
        this.followup = followup;
        this.sections = sections;
        this.revisions = revisions;
    }

    /** How many adopted observations {@code previousCycleId} has to carry over (none: nothing to offer). */
    public int points(long previousCycleId) {
        return followup.snapshot(previousCycleId).observations().size();
    }

    /** Writes the draft in both languages; the number of points carried. Refused when the part already has text. */
    public int carry(long previousCycleId, long newCycleId, String username) {
        FollowupSnapshot s = followup.snapshot(previousCycleId);
        if (s.observations().isEmpty()) {
            throw new WorkbenchException(UserMessage.of("followup.carry.nothing"));
        }
        long section = sections.sectionId(newCycleId, SectionKey.PREVIOUS_OBSERVATIONS)
                .orElseThrow(() -> new WorkbenchException(UserMessage.of("followup.carry.noSection")));
        return transactor.inTransaction(() -> {
            for (Language language : Language.values()) {
                var history = revisions.history(section, language);
                if (history.stream().anyMatch(r -> !r.body().isBlank())) {
                    throw new WorkbenchException(UserMessage.of("followup.carry.notEmpty"));
                }
                int base = history.stream().mapToInt(r -> r.number()).max().orElse(0);
                revisions.save(section, language, draft(s, language), base, username);
            }
            return s.observations().size();
        });
    }

    /** The draft in one language, one subsection per adopted observation. */
    static String draft(FollowupSnapshot s, Language language) {
        Messages m = Messages.of(language);
        String sep = language.isChinese() ? "、" : ", ";
        StringBuilder out = new StringBuilder(m.get("followup.carry.intro")).append("\n\n");
        for (FollowupSnapshot.Row r : s.rows()) {
            Observation o = r.observation();
            out.append("### ").append(m.format("followup.carry.heading", o.number())).append("\n\n");
            out.append("> ").append(o.text(language).replace("\n", "\n> ")).append("\n\n");
            Assignment a = r.assignment();
            if (a == null) {
                out.append(m.get("followup.midterm.notAssigned")).append("\n\n");
                continue;
            }
            out.append("- ").append(m.get("followup.midterm.agencies")).append(m.get("followup.midterm.colon")).append(a.lead().name(language));
            if (!a.coAgencies().isEmpty()) {
                out.append(m.get("followup.midterm.coPrefix")).append(String.join(sep, a.coAgencies().stream().map(x -> x.name(language)).toList()))
                        .append(m.get("followup.midterm.coSuffix"));
            }
            out.append("\n");
            ProgressReport latest = r.latest();
            out.append("- ").append(m.get("followup.midterm.results")).append(m.get("followup.midterm.colon"))
                    .append(latest == null ? m.get("followup.midterm.noReport") : latest.text(language)
                            + m.format("followup.midterm.reportedIn", latest.roundLabel())).append("\n");
            if (latest != null && latest.nextSteps(language) != null) {
                out.append("- ").append(m.get("followup.midterm.nextSteps")).append(m.get("followup.midterm.colon"))
                        .append(latest.nextSteps(language)).append("\n");
            }
            out.append("- ").append(m.get("followup.midterm.assessment")).append(m.get("followup.midterm.colon"))
                    .append(r.grade() == null ? "—" : s.scale().label(r.grade(), language)).append("\n");
            out.append("- ").append(m.get("followup.midterm.decision")).append(m.get("followup.midterm.colon"))
                    .append(r.decision() == null ? m.get(r.tracking().key())
                            : m.get(r.decision().kind().key()) + m.get("followup.midterm.colonInline") + r.decision().reason(language))
                    .append("\n\n");
        }
        return out.toString();
    }
}
