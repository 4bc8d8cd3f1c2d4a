package ua.hromada.registry.api.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the working group admitted a submitted project to the vote. */
public record AdmitBudgetProjectCommand(
        @TargetAggregateIdentifier BudgetProjectId budgetProjectId) {
}
