package org.uncacworkbench.drafting;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.uncacworkbench.agency.AgencyRef;

/** A report section: which part of the report it is, where it stands, and who touched it last. */
public record Section(long id, long cycleId, String key, Integer articleNumber, Applicability applicability,
                      SectionStatus status, Optional<AgencyRef> leadAgency, int version,
                      OffsetDateTime updatedAt, String updatedBy) {

    public boolean isFinal() {
        return status == SectionStatus.FINAL;
    }
}
