package ua.hromada.registry.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.budget.BudgetProjectStatus;
import ua.hromada.registry.record.ClientIds;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/registry/budget-projects} and a {@code budget-project} line of an import: a project
 * submitted now, or, for a past programme, one with the status it reached and its votes.
 *
 * @param id              a client-chosen id, so that a retried request is recognised as a repeat; generated when
 *                        absent
 * @param requestedAmount the budget it asks for, in hryvnias
 * @param status          {@code submitted} when absent
 * @param votes           for an admitted project or a winner, once the vote has a result for it
 */
record SubmitBudgetProjectRequest(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @NotNull Integer programYear,
        @NotNull LocalDate submittedOn,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 500) String author,
        @Size(max = 200) String category,
        @PositiveOrZero BigDecimal requestedAmount,
        BudgetProjectStatus status,
        @PositiveOrZero Integer votes) {
}
