package ua.hromada.registry.api.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the votes an admitted project got; a later count (e.g. after checking duplicate votes) replaces an earlier
 * one.
 *
 * @param votes the votes, at least 0
 */
public record RecordBudgetProjectVotingResultCommand(
        @TargetAggregateIdentifier BudgetProjectId budgetProjectId,
        int votes) {
}
