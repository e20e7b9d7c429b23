package org.uncacworkbench.followup;

import java.nio.file.Path;
import org.uncacworkbench.agency.AgencyService;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.cycle.CycleService;

/** The assignment sheet written out for many points at once, and planned when it comes back. */
public final class AssignmentFiles {

    private final CycleService cycles;
    private final FollowupService followup;
    private final AgencyService agencies;

    public AssignmentFiles(CycleService cycles, FollowupService followup, AgencyService agencies) {
        this.cycles = cycles;
        this.followup = followup;
        this.agencies = agencies;
    }

    /** Writes the cycle's adopted points, with what is assigned already, to {@code target}. */
    public Path write(long cycleId, Path target) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow();
        new AssignmentSheet().write(cycle, followup.snapshot(cycleId), agencies.agencies(), target);
        return target;
    }

    /** What importing a filled sheet would assign; {@link FollowupService#assignAll} stores it. */
    public AssignmentImport.Plan plan(long cycleId, Path file) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow();
        return new AssignmentImport().plan(cycle, followup.snapshot(cycleId), agencies.agencies(), file);
    }
}
