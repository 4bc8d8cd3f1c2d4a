package ua.hromada.registry.api.streetcommittee;

import org.axonframework.serialization.Revision;

/**
 * An administrator corrected a street committee's details; from now on the register holds {@code corrected}.
 * {@code previous} lets a reader undo what it counted from the old details without looking elsewhere.
 */
@Revision("1")
public record StreetCommitteeCorrectedEvent(
        StreetCommitteeId streetCommitteeId,
        StreetCommitteeDetails previous,
        StreetCommitteeDetails corrected,
        String reason) {
}
