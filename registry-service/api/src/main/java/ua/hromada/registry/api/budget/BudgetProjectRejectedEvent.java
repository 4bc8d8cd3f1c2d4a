package ua.hromada.registry.api.budget;

import org.axonframework.serialization.Revision;

/**
 * The working group did not admit a project of the participatory budget of {@code programYear} to the vote.
 *
 * @param reason why it was rejected; {@code null} when an import of a past programme did not say
 */
@Revision("1")
public record BudgetProjectRejectedEvent(
        BudgetProjectId budgetProjectId,
        int programYear,
        String reason) {
}
