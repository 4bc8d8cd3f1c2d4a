package ua.hromada.registry.api.streetcommittee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * An administrator fixes the date or the head of an election recorded earlier; the original entry stays in the
 * history.
 *
 * @param heldOn   the corrected day of the meeting
 * @param headName the corrected head, or {@code null} when unknown
 * @param reason   why the record is changed; required
 */
public record CorrectStreetCommitteeElectionCommand(
        @TargetAggregateIdentifier StreetCommitteeId streetCommitteeId,
        String electionId,
        LocalDate heldOn,
        String headName,
        String reason) {
}
