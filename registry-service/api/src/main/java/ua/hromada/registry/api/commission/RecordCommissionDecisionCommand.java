package ua.hromada.registry.api.commission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records what a commission decided on an item of a meeting's agenda, when the protocol is written after the
 * meeting was recorded. An item has one decision: repeating it changes nothing, another one is refused. Award
 * petitions are decided with {@link DecideAwardPetitionCommand} instead.
 *
 * @param decision the decision's text as the protocol words it
 */
public record RecordCommissionDecisionCommand(
        @TargetAggregateIdentifier CommissionId commissionId,
        String meetingId,
        String itemId,
        String decision) {
}
