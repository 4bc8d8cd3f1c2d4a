package ua.hromada.registry.api.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the working group did not admit a submitted project to the vote, e.g. because it exceeds the
 * programme's limit; the author is told why.
 *
 * @param reason why it was rejected
 */
public record RejectBudgetProjectCommand(
        @TargetAggregateIdentifier BudgetProjectId budgetProjectId,
        String reason) {
}
