package ua.hromada.registry.api.budget;

import org.axonframework.serialization.Revision;

/**
 * A participatory-budget project entered in error was withdrawn: reports no longer count it. {@code withdrawn} is
 * what the council held until then, so a reader can take back what it counted.
 */
@Revision("1")
public record BudgetProjectWithdrawnEvent(
        BudgetProjectId budgetProjectId,
        BudgetProjectDetails withdrawn,
        String reason) {
}
