package ua.hromada.registry.api.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces what the council holds about a participatory-budget project with corrected details, e.g. a mistyped
 * amount, a wrong program year or a winner declared by mistake. Only administrators correct records; the history
 * keeps what was replaced and why.
 *
 * @param corrected the project's details as they should have been, status included
 * @param reason    why the record is corrected
 */
public record CorrectBudgetProjectCommand(
        @TargetAggregateIdentifier BudgetProjectId budgetProjectId,
        BudgetProjectDetails corrected,
        String reason) {
}
