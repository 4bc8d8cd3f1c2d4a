package ua.hromada.registry.api.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that an admitted project won the vote and will be financed from the participatory budget. */
public record DeclareBudgetProjectWinnerCommand(
        @TargetAggregateIdentifier BudgetProjectId budgetProjectId) {
}
