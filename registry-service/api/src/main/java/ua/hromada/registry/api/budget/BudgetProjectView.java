package ua.hromada.registry.api.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A participatory-budget project as the register shows it to its council, with its current state.
 *
 * @param id              the id the client chose (or the service generated), unique within the council
 * @param rejectionReason why the working group rejected it, while it stands rejected and when the rejection said
 * @param corrections     how many times an admin corrected the record (its history shows each)
 * @param version         the sequence number of the record's last event; a change may name it in {@code If-Match}
 * @see BudgetProjectDetails for the meaning of the other fields
 */
public record BudgetProjectView(
        String id,
        int programYear,
        LocalDate submittedOn,
        String title,
        String author,
        String category,
        BigDecimal requestedAmount,
        BudgetProjectRecordStatus status,
        Integer votes,
        String rejectionReason,
        int corrections,
        long version) {
}
