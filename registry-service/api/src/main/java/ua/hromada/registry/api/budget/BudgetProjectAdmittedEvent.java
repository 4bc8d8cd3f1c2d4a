package ua.hromada.registry.api.budget;

import org.axonframework.serialization.Revision;

/** The working group admitted a project of the participatory budget of {@code programYear} to the vote. */
@Revision("1")
public record BudgetProjectAdmittedEvent(
        BudgetProjectId budgetProjectId,
        int programYear) {
}
