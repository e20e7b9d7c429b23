package org.uncacworkbench.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uncacworkbench.i18n.Scripts;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * What the user sets up for a cycle: its titles, its period, where it stands, its phases' dates
 * and its milestones. {@link #validate()} says what is wrong, one problem at a time, before
 * anything is written.
 */
public record CycleSetup(String titleZh, String titleEn, LocalDate periodStart, LocalDate periodEnd, Phase currentPhase,
                         List<PhasePlan> phases, List<MilestoneDraft> milestones, int lengthYears) {

    public static final int MAX_TITLE = 200;
    /** How many years after a cycle the next starts, unless the cycle says otherwise: the agency runs four. */
    public static final int DEFAULT_LENGTH = 4;
    public static final int MAX_LENGTH = 10;
    public static final int MAX_MILESTONE_TITLE = 300;

    /** A milestone as edited: {@code id} null for a new one. */
    public record MilestoneDraft(Long id, Phase phase, String titleZh, String titleEn, LocalDate dueOn, LocalDate completedOn) {
    }

    public CycleSetup {
        phases = List.copyOf(phases);
        milestones = List.copyOf(milestones);
    }

    /** A setup of the usual length. */
    public CycleSetup(String titleZh, String titleEn, LocalDate periodStart, LocalDate periodEnd, Phase currentPhase,
                      List<PhasePlan> phases, List<MilestoneDraft> milestones) {
        this(titleZh, titleEn, periodStart, periodEnd, currentPhase, phases, milestones, DEFAULT_LENGTH);
    }

    /**
     * The next cycle's first plan, {@code years} after this one: its period, phases' planned dates and
     * milestones' due dates moved on by as many years, nothing done yet, titles left to type; it keeps
     * {@code years} as its own length.
     */
    public CycleSetup next(int years) {
        List<PhasePlan> moved = phases.stream().map(p -> new PhasePlan(p.phase(), plus(p.plannedStart(), years), plus(p.plannedEnd(), years),
                null, null)).toList();
        List<MilestoneDraft> due = milestones.stream().map(m -> new MilestoneDraft(null, m.phase(), m.titleZh(), m.titleEn(),
                plus(m.dueOn(), years), null)).toList();
        return new CycleSetup("", "", plus(periodStart, years), plus(periodEnd, years), Phase.DRAFTING, moved, due, years);
    }

    private static LocalDate plus(LocalDate day, int years) {
        return day == null ? null : day.plusYears(years);
    }

    /**
     * A new cycle's first plan: its five phases one after the other across the period (drafting the
     * longest, as the agency's cycles ran), for the user to move; no milestones yet.
     */
    public static CycleSetup proposal(String titleZh, String titleEn, LocalDate start, LocalDate end) {
        long days = Math.max(5, java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1);
        double[] shares = {0.4, 0.2, 0.1, 0.15, 0.15};
        List<PhasePlan> phases = new ArrayList<>();
        LocalDate from = start;
        double used = 0;
        for (int i = 0; i < shares.length; i++) {
            used += shares[i];
            LocalDate to = i == shares.length - 1 ? end : start.plusDays(Math.max(0, Math.round(days * used) - 1));
            if (to.isBefore(from)) {
                to = from;
            }
            phases.add(new PhasePlan(Phase.timeline().get(i), from, to, null, null));
            from = to.plusDays(1);
        }
        return new CycleSetup(titleZh, titleEn, start, end, Phase.DRAFTING, phases, List.of(), DEFAULT_LENGTH);
    }

    /** Throws, naming the first problem in the user's language; returns the setup with its texts trimmed. */
    public CycleSetup validate() {
        String zh = required(titleZh, "cycle.setup.titleZhMissing", MAX_TITLE);
        String en = required(titleEn, "cycle.setup.titleEnMissing", MAX_TITLE);
        if (Scripts.hasCjk(en)) {
            throw problem("cycle.setup.titleEnNotEnglish");
        }
        if (periodStart == null || periodEnd == null) {
            throw problem("cycle.setup.periodMissing");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw problem("cycle.setup.periodBackwards");
        }
        if (currentPhase == null) {
            throw problem("cycle.setup.phaseMissing");
        }
        if (lengthYears < 1 || lengthYears > MAX_LENGTH) {
            throw new WorkbenchException(UserMessage.of("cycle.setup.lengthOutOfRange", MAX_LENGTH));
        }
        for (PhasePlan p : phases) {
            String name = "phase." + p.phase().code();
            if (p.plannedStart() == null || p.plannedEnd() == null) {
                throw new WorkbenchException(UserMessage.of("cycle.setup.phaseDatesMissing", UserMessage.of(name)));
            }
            if (p.plannedEnd().isBefore(p.plannedStart())) {
                throw new WorkbenchException(UserMessage.of("cycle.setup.phaseBackwards", UserMessage.of(name)));
            }
            if (p.actualStart() != null && p.actualEnd() != null && p.actualEnd().isBefore(p.actualStart())) {
                throw new WorkbenchException(UserMessage.of("cycle.setup.phaseActualBackwards", UserMessage.of(name)));
            }
        }
        List<MilestoneDraft> trimmed = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneDraft m = milestones.get(i);
            int row = i + 1;
            if (m.titleZh() == null || m.titleZh().isBlank() || m.titleEn() == null || m.titleEn().isBlank()) {
                throw new WorkbenchException(UserMessage.of("cycle.setup.milestoneTitleMissing", row));
            }
            if (m.titleZh().strip().length() > MAX_MILESTONE_TITLE || m.titleEn().strip().length() > MAX_MILESTONE_TITLE) {
                throw new WorkbenchException(UserMessage.of("cycle.setup.milestoneTitleTooLong", row, MAX_MILESTONE_TITLE));
            }
            if (Scripts.hasCjk(m.titleEn())) {
                throw new WorkbenchException(UserMessage.of("cycle.setup.milestoneTitleEnNotEnglish", row));
            }
            if (m.dueOn() == null || m.phase() == null || m.phase() == Phase.CLOSED) {
                throw new WorkbenchException(UserMessage.of("cycle.setup.milestoneIncomplete", row));
            }
            trimmed.add(new MilestoneDraft(m.id(), m.phase(), m.titleZh().strip(), m.titleEn().strip(), m.dueOn(), m.completedOn()));
        }
        return new CycleSetup(zh, en, periodStart, periodEnd, currentPhase, phases, trimmed, lengthYears);
    }

    private static String required(String text, String key, int max) {
        if (text == null || text.isBlank()) {
            throw problem(key);
        }
        if (text.strip().length() > max) {
            throw new WorkbenchException(UserMessage.of("cycle.setup.titleTooLong", max));
        }
        return text.strip();
    }

    private static WorkbenchException problem(String key) {
        return new WorkbenchException(UserMessage.of(key));
    }
}
