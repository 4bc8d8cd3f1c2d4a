package ua.hromada.registry.api.budget;

import org.axonframework.serialization.Revision;

/**
 * An administrator corrected a participatory-budget project: from now on the council holds {@code corrected};
 * reports "as known at" an earlier moment still use {@code previous}.
 */
@Revision("1")
public record BudgetProjectCorrectedEvent(
        BudgetProjectId budgetProjectId,
        BudgetProjectDetails previous,
        BudgetProjectDetails corrected,
        String reason) {
}
