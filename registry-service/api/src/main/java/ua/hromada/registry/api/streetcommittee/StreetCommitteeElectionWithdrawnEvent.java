package ua.hromada.registry.api.streetcommittee;

import org.axonframework.serialization.Revision;

/**
 * An election of a street committee was withdrawn as entered in error; {@code withdrawn} holds what it said, so a
 * reader can take it back out of its counts.
 */
@Revision("1")
public record StreetCommitteeElectionWithdrawnEvent(
        StreetCommitteeId streetCommitteeId,
        String electionId,
        StreetCommitteeElectionDetails withdrawn,
        String reason) {
}
