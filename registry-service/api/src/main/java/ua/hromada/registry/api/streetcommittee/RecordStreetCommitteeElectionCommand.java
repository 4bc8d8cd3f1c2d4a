package ua.hromada.registry.api.streetcommittee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records a general meeting of residents that elected the street committee. The caller chooses
 * {@code electionId}: repeating the command with the same election id and content changes nothing, the same
 * election id with other content is refused.
 *
 * @param heldOn   the day of the meeting (business date), within the committee's lifetime and not in the future
 * @param headName the elected head of the committee, when known
 */
public record RecordStreetCommitteeElectionCommand(
        @TargetAggregateIdentifier StreetCommitteeId streetCommitteeId,
        String electionId,
        LocalDate heldOn,
        String headName) {
}
