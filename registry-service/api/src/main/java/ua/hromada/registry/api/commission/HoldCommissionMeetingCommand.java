package ua.hromada.registry.api.commission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Records a meeting of a commission with its agenda. An awards commission's meeting also takes up every award
 * petition waiting on its pending agenda. The caller chooses {@code meetingId}: repeating the command with the same
 * meeting id and content changes nothing, the same meeting id with other content is refused.
 *
 * @param heldOn the day of the meeting (business date), within the commission's lifetime and not in the future
 * @param agenda the questions considered, in the protocol's order; may be empty
 */
public record HoldCommissionMeetingCommand(
        @TargetAggregateIdentifier CommissionId commissionId,
        String meetingId,
        LocalDate heldOn,
        List<AgendaItem> agenda) {
}
