package ua.hromada.registry.api.streetcommittee;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Residents elected a street committee on {@code heldOn}; reports count such elections by that day. It names the
 * street so that a reader needs nothing else to show the election.
 */
@Revision("1")
public record StreetCommitteeElectionRecordedEvent(
        StreetCommitteeId streetCommitteeId,
        String electionId,
        LocalDate heldOn,
        String headName,
        String street) {
}
