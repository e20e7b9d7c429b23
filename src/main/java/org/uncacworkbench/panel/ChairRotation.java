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

    /** How often a member chaired, and when last. */
    public record Tally(int times, Optional<LocalDate> last) {
        static final Tally NONE = new Tally(0, Optional.empty());

        Tally and(LocalDate day) {
            return new Tally(times + 1, Optional.of(last.filter(d -> d.isAfter(day)).orElse(day)));
        }
    }

    private ChairRotation() {
    }

    /** Each member's chairing in {@code history} before {@code before}. */
    public static Map<Long, Tally> tally(List<PastChair> history, LocalDate before) {
        Map<Long, Tally> tally = new HashMap<>();
        for (PastChair p : history) {
            if (p.on().isBefore(before)) {
                tally.put(p.memberId(), tally.getOrDefault(p.memberId(), Tally.NONE).and(p.on()));
            }
        }
        return tally;
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
        Map<Long, Tally> tally = tally(history, on);
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
                Tally t = tally.getOrDefault(m.id(), Tally.NONE);
                ranking.add(new Candidate(m, t.times(), t.last()));
            }
        }
        ranking.sort(Comparator.comparingInt(Candidate::timesChaired)
                .thenComparing(c -> c.lastChaired().orElse(LocalDate.MIN))
                .thenComparingInt(c -> order.get(c.member().id())));
        return new Proposal(ranking.stream().findFirst().map(Candidate::member), List.copyOf(ranking), List.copyOf(excluded));
    }
}
