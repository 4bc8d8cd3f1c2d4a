package ua.hromada.registry.api.commission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a person to the commission's composition. A person is a member once: names are compared ignoring case and
 * extra spaces.
 *
 * @param name     the member's full name
 * @param position the member's position or role in the commission (e.g. "голова комісії"), when known
 */
public record AddCommissionMemberCommand(
        @TargetAggregateIdentifier CommissionId commissionId,
        String name,
        String position) {
}
