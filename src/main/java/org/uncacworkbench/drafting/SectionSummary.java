package org.uncacworkbench.drafting;

import java.util.Optional;
import org.uncacworkbench.agency.AgencyRef;

/** A section as lists show it: which article it answers, its status and who leads it. */
public record SectionSummary(String key, Integer articleNumber, SectionStatus status,
                             Applicability applicability, Optional<AgencyRef> leadAgency) {
}
