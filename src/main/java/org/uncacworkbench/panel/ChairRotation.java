package org.uncacworkbench.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fair rotation of article-review chairs (the agency's report, ch. 4 §2 四(三)): propose the member
 * who has chaired least in the cycle, skipping members who are not on the panel that day, sent
 * apologies, or are conflicted on the session's articles; ties go to whoever chaired longest ago
 * (never counts as longest), then to the earlier-listed member.
 */
public final class ChairRotation {

    /** A session already chaired by a member, earlier than the one being planned. */
    public record PastChair(long memberId, LocalDate on) {
    }

    /** Why a member cannot chair this session. */
    public enum Reason {
        NOT_SERVING, APOLOGIES, CONFLICT
    }

    public record Candidate(PanelMember member, int timesChaired, Optional<LocalDate> lastChaired) {
    }

    public record Excluded(PanelMember member, Reason reason, String detail) {
    }

    /** The proposal with its reasoning: the eligible members best first, and who was skipped and why. */
    public record Proposal(Optional<PanelMember> proposed, List<Candidate> ranking, List<Excluded> excluded) {
    }

    private ChairRotation() {
    }

    /**
     * @param members   the cycle's members, in their listed order
     * @param history   earlier sessions (not cancelled) chaired by a member
     * @param on        the session's date
     * @param apologies members who sent apologies for the session
     * @param conflicts for each conflicted member, what the conflict is on (e.g. "Art. 14", "SPO")
     */
    public static Proposal propose(List<PanelMember> members, List<PastChair> history, LocalDate on,
                                   java.util.Set<Long> apologies, Map<Long, String> conflicts) {
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, LocalDate> last = new HashMap<>();
        for (PastChair p : history) {
            if (p.on().isBefore(on)) {
                counts.merge(p.memberId(), 1, Integer::sum);
                last.merge(p.memberId(), p.on(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Candidate> ranking = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        Map<Long, Integer> order = new HashMap<>();
        for (PanelMember m : members) {
            order.put(m.id(), order.size());
            if (!m.servesOn(on)) {
                excluded.add(new Excluded(m, Reason.NOT_SERVING, ""));
            } else if (apologies.contains(m.id())) {
                excluded.add(new Excluded(m, Reason.APOLOGIES, ""));
            } else if (conflicts.containsKey(m.id())) {
                excluded.add(new Excluded(m, Reason.CONFLICT, conflicts.get(m.id())));
            } else {
                ranking.add(new Candidate(m, counts.getOrDefault(m.id(), 0), Optional.ofNullable(last.get(m.id()))));
            }
        }
        ranking.sort(Comparator.comparingInt(Candidate::timesChaired)
                .thenComparing(c -> c.lastChaired().orElse(LocalDate.MIN))
                .thenComparingInt(c -> order.get(c.member().id())));
        return new Proposal(ranking.stream().findFirst().map(Candidate::member), List.copyOf(ranking), List.copyOf(excluded));
    }
}
