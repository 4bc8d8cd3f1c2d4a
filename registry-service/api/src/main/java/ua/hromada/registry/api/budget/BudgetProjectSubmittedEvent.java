package ua.hromada.registry.api.budget;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project was submitted to the participatory budget of {@code programYear}; it opens the project's history.
 * Reports count a programme's submitted projects by status.
 *
 * @param recorded the project as the submitting command described it, later status included when an import
 *                 recorded it at once (the steps to it follow as their own events); a repeat of that command is
 *                 recognised by it
 */
@Revision("1")
public record BudgetProjectSubmittedEvent(
        BudgetProjectId budgetProjectId,
        int programYear,
        LocalDate submittedOn,
        String title,
        String author,
        String category,
        BigDecimal requestedAmount,
        BudgetProjectDetails recorded) {
}
