package ua.hromada.registry.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.budget.BudgetProjectStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The bodies of the state changes of a participatory-budget project,
 * {@code POST /api/registry/budget-projects/{id}/<change>}. Admission and winner take no body.
 */
final class BudgetProjectChangeRequests {

    private BudgetProjectChangeRequests() {
    }

    /** {@code /rejection}: why the working group did not admit it to the vote. */
    record Rejection(@NotBlank @Size(max = 1000) String reason) {
    }

    /** {@code /voting-result}: the votes it got; a later count replaces an earlier one. */
    record VotingResult(@NotNull @PositiveOrZero Integer votes) {
    }

    /** {@code /correction} (admins): every detail as it should have been recorded, status included, and why. */
    record Correction(
            @NotNull Integer programYear,
            @NotNull LocalDate submittedOn,
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 500) String author,
            @Size(max = 200) String category,
            @PositiveOrZero BigDecimal requestedAmount,
            @NotNull BudgetProjectStatus status,
            @PositiveOrZero Integer votes,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
