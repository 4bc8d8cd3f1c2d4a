package ua.hromada.registry.api.budget;

import org.axonframework.serialization.Revision;

/** An admitted project won the vote of the participatory budget of {@code programYear} and will be financed. */
@Revision("1")
public record BudgetProjectWinnerDeclaredEvent(
        BudgetProjectId budgetProjectId,
        int programYear) {
}
