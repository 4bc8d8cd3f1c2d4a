package ua.hromada.registry.api.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Records a project submitted to the council's participatory budget; it awaits the working group's check. An
 * import of a past programme may give the status the project reached and its votes. Repeating it with the same id
 * and the same content changes nothing; the same id with other content is refused.
 *
 * @param budgetProjectId the tenant-scoped id of the project; it must belong to the tenant the command carries
 * @param status          the project's status; {@code null} means {@link BudgetProjectStatus#SUBMITTED}
 * @see BudgetProjectDetails for the meaning of the other fields
 */
public record SubmitBudgetProjectCommand(
        @TargetAggregateIdentifier BudgetProjectId budgetProjectId,
        Integer programYear,
        LocalDate submittedOn,
        String title,
        String author,
        String category,
        BigDecimal requestedAmount,
        BudgetProjectStatus status,
        Integer votes) {

    /** The project as this command describes it. */
    public BudgetProjectDetails details() {
        return new BudgetProjectDetails(programYear, submittedOn, title, author, category, requestedAmount,
                status == null ? BudgetProjectStatus.SUBMITTED : status, votes);
    }
}
