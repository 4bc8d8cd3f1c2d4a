package ua.hromada.registry.api.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes a participatory-budget project entered in error out of the register; reports stop counting it, its history
 * stays.
 *
 * @param reason why the record is withdrawn
 */
public record WithdrawBudgetProjectCommand(
        @TargetAggregateIdentifier BudgetProjectId budgetProjectId,
        String reason) {
}
