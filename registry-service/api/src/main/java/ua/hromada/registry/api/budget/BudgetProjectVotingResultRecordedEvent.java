package ua.hromada.registry.api.budget;

import org.axonframework.serialization.Revision;

/**
 * An admitted project of the participatory budget of {@code programYear} got {@code votes} votes; it replaces any
 * earlier count.
 */
@Revision("1")
public record BudgetProjectVotingResultRecordedEvent(
        BudgetProjectId budgetProjectId,
        int programYear,
        int votes) {
}
