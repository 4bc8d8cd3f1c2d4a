package ua.hromada.registry.api.streetcommittee;

import org.axonframework.serialization.Revision;

/**
 * An administrator corrected an election of a street committee; {@code previous} lets a reader move the election
 * out of the period it was counted in.
 */
@Revision("1")
public record StreetCommitteeElectionCorrectedEvent(
        StreetCommitteeId streetCommitteeId,
        String electionId,
        StreetCommitteeElectionDetails previous,
        StreetCommitteeElectionDetails corrected,
        String reason) {
}
