package ua.hromada.registry.api.commission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes a member out of the commission's composition.
 *
 * @param name the member's name, compared ignoring case and extra spaces
 */
public record RemoveCommissionMemberCommand(
        @TargetAggregateIdentifier CommissionId commissionId,
        String name) {
}
