package ua.hromada.registry.api.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything the council knows about one participatory-budget project, its status included: what a project was
 * submitted (or imported) with, what a correction replaces and what a withdrawal takes back. Only a project admitted
 * to the vote, or a winner, has a voting result.
 * <p>
 * {@code requestedAmount} is kept in one form, with at least two decimals ({@code 150000} becomes
 * {@code 150000.00}), so that the same amount written two ways is the same record.
 *
 * @param programYear     the year of the participatory budget the project competes in
 * @param submittedOn     the day the author submitted it (business date)
 * @param category        the programme's category, e.g. a district or "small projects", as the programme names it
 * @param requestedAmount the budget it asks for, in hryvnias, at least 0
 * @param votes           the votes it got, at least 0; {@code null} while the vote has no result for it
 */
public record BudgetProjectDetails(
        Integer programYear,
        LocalDate submittedOn,
        String title,
        String author,
        String category,
        BigDecimal requestedAmount,
        BudgetProjectStatus status,
        Integer votes) {

    public BudgetProjectDetails {
        if (requestedAmount != null) {
            BigDecimal stripped = requestedAmount.stripTrailingZeros();
            requestedAmount = stripped.scale() < 2 ? stripped.setScale(2) : stripped;
        }
    }
}
