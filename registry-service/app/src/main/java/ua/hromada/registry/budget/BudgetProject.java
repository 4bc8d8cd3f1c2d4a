package ua.hromada.registry.budget;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.budget.AdmitBudgetProjectCommand;
import ua.hromada.registry.api.budget.BudgetProjectAdmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectCorrectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectDetails;
import ua.hromada.registry.api.budget.BudgetProjectId;
import ua.hromada.registry.api.budget.BudgetProjectRejectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectStatus;
import ua.hromada.registry.api.budget.BudgetProjectSubmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectVotingResultRecordedEvent;
import ua.hromada.registry.api.budget.BudgetProjectWinnerDeclaredEvent;
import ua.hromada.registry.api.budget.BudgetProjectWithdrawnEvent;
import ua.hromada.registry.api.budget.CorrectBudgetProjectCommand;
import ua.hromada.registry.api.budget.DeclareBudgetProjectWinnerCommand;
import ua.hromada.registry.api.budget.RecordBudgetProjectVotingResultCommand;
import ua.hromada.registry.api.budget.RejectBudgetProjectCommand;
import ua.hromada.registry.api.budget.SubmitBudgetProjectCommand;
import ua.hromada.registry.api.budget.WithdrawBudgetProjectCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.record.RecordRules;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A project of the council's participatory (public) budget: submitted by a resident, admitted to the vote or
 * rejected by the working group, given its votes, and declared a winner to be financed. Reports count a programme's
 * submitted projects by the status they reached.
 */
@Aggregate
class BudgetProject {

    private static final String RECORD_TYPE = "Budget project";
    /** Ukrainian councils ran their first participatory budgets around 2015; an earlier year is a slip. */
    private static final int FIRST_PROGRAM_YEAR = 2015;

    @AggregateIdentifier
    private BudgetProjectId budgetProjectId;
    /** What the submitting command said, to recognise its repeats. */
    private BudgetProjectDetails recorded;
    private BudgetProjectDetails current;
    private boolean withdrawn;

    BudgetProject() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    /**
     * Records the project and, for an import of a past programme, the steps its status implies (admitted, votes
     * counted, winner; or rejected), or accepts an identical repeat without recording anything.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CreationOutcome handle(SubmitBudgetProjectCommand command, Clock clock) {
        BudgetProjectDetails details = command.details();
        validate(details, clock);
        if (budgetProjectId == null) {
            BudgetProjectId id = command.budgetProjectId();
            int programYear = details.programYear();
            apply(new BudgetProjectSubmittedEvent(id, programYear, details.submittedOn(), details.title(),
                    details.author(), details.category(), details.requestedAmount(), details));
            BudgetProjectStatus status = details.status();
            if (status == BudgetProjectStatus.ADMITTED || status == BudgetProjectStatus.WINNER) {
                apply(new BudgetProjectAdmittedEvent(id, programYear));
                if (details.votes() != null) {
                    apply(new BudgetProjectVotingResultRecordedEvent(id, programYear, details.votes()));
                }
            }
            if (status == BudgetProjectStatus.WINNER) {
                apply(new BudgetProjectWinnerDeclaredEvent(id, programYear));
            }
            if (status == BudgetProjectStatus.REJECTED) {
                apply(new BudgetProjectRejectedEvent(id, programYear, null));
            }
            return CreationOutcome.CREATED;
        }
        if (details.equals(recorded)) {
            return CreationOutcome.ALREADY_RECORDED;
        }
        if (withdrawn) {
            throw RecordRules.withdrawn(RECORD_TYPE, budgetProjectId);
        }
        throw RecordRules.idConflict(RECORD_TYPE, budgetProjectId);
    }

    @CommandHandler
    void handle(AdmitBudgetProjectCommand command) {
        refuseIfWithdrawn();
        requireTransition(BudgetProjectStatus.SUBMITTED, BudgetProjectStatus.ADMITTED);
        apply(new BudgetProjectAdmittedEvent(budgetProjectId, current.programYear()));
    }

    @CommandHandler
    void handle(RejectBudgetProjectCommand command) {
        refuseIfWithdrawn();
        RecordRules.requireText(command.reason(), "reason");
        requireTransition(BudgetProjectStatus.SUBMITTED, BudgetProjectStatus.REJECTED);
        apply(new BudgetProjectRejectedEvent(budgetProjectId, current.programYear(), command.reason()));
    }

    @CommandHandler
    void handle(RecordBudgetProjectVotingResultCommand command) {
        refuseIfWithdrawn();
        requireNotNegative(command.votes(), "votes");
        if (current.status() != BudgetProjectStatus.ADMITTED) {
            throw new BusinessRuleViolationException("not_admitted", "status", "Budget project "
                    + RecordRules.clientIdOf(budgetProjectId) + " is " + current.status().value()
                    + ": only a project admitted to the vote gets votes.");
        }
        if (current.votes() != null && current.votes() == command.votes()) {
            return;
        }
        apply(new BudgetProjectVotingResultRecordedEvent(budgetProjectId, current.programYear(), command.votes()));
    }

    @CommandHandler
    void handle(DeclareBudgetProjectWinnerCommand command) {
        refuseIfWithdrawn();
        requireTransition(BudgetProjectStatus.ADMITTED, BudgetProjectStatus.WINNER);
        apply(new BudgetProjectWinnerDeclaredEvent(budgetProjectId, current.programYear()));
    }

    @CommandHandler
    void handle(CorrectBudgetProjectCommand command, Clock clock) {
        refuseIfWithdrawn();
        RecordRules.requireReason(command.reason());
        RecordRules.require(command.corrected(), "corrected");
        validate(command.corrected(), clock);
        if (command.corrected().equals(current)) {
            throw RecordRules.nothingToCorrect("budget project", budgetProjectId);
        }
        apply(new BudgetProjectCorrectedEvent(budgetProjectId, current, command.corrected(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawBudgetProjectCommand command) {
        RecordRules.requireReason(command.reason());
        if (withdrawn) {
            return;
        }
        apply(new BudgetProjectWithdrawnEvent(budgetProjectId, current, command.reason()));
    }

    /**
     * The rules a project's details follow, whether submitted, imported or corrected: a program year the
     * participatory budget can have, amounts and votes that are not negative, and votes only for a project that
     * went to the vote.
     */
    private static void validate(BudgetProjectDetails details, Clock clock) {
        RecordRules.require(details.programYear(), "programYear");
        int lastProgramYear = LocalDate.now(clock).getYear() + 1;
        if (details.programYear() < FIRST_PROGRAM_YEAR || details.programYear() > lastProgramYear) {
            throw new BusinessRuleViolationException("invalid_program_year", "programYear", "programYear "
                    + details.programYear() + " is not a year of a participatory budget (" + FIRST_PROGRAM_YEAR
                    + " to " + lastProgramYear + ")");
        }
        RecordRules.require(details.submittedOn(), "submittedOn");
        RecordRules.requireText(details.title(), "title");
        RecordRules.require(details.status(), "status");
        if (details.requestedAmount() != null && details.requestedAmount().signum() < 0) {
            throw new InvalidInputException("negative_number", "requestedAmount",
                    "requestedAmount must not be negative");
        }
        if (details.votes() != null) {
            requireNotNegative(details.votes(), "votes");
            if (details.status() != BudgetProjectStatus.ADMITTED && details.status() != BudgetProjectStatus.WINNER) {
                throw new BusinessRuleViolationException("status_mismatch", "votes", "A project with status "
                        + details.status().value() + " did not go to the vote and has no votes.");
            }
        }
        RecordRules.notInFuture(details.submittedOn(), "submittedOn", clock);
    }

    private static void requireNotNegative(int count, String field) {
        if (count < 0) {
            throw new InvalidInputException("negative_number", field, field + " must not be negative");
        }
    }

    private void requireTransition(BudgetProjectStatus from, BudgetProjectStatus to) {
        if (current.status() != from) {
            throw new BusinessRuleViolationException("invalid_transition", "status", "Budget project "
                    + RecordRules.clientIdOf(budgetProjectId) + " cannot go from " + current.status().value() + " to "
                    + to.value() + " (only from " + from.value() + ").");
        }
    }

    private void refuseIfWithdrawn() {
        if (withdrawn) {
            throw RecordRules.withdrawn(RECORD_TYPE, budgetProjectId);
        }
    }

    private static BudgetProjectDetails withStatus(BudgetProjectDetails details, BudgetProjectStatus status,
                                                   Integer votes) {
        return new BudgetProjectDetails(details.programYear(), details.submittedOn(), details.title(),
                details.author(), details.category(), details.requestedAmount(), status, votes);
    }

    @EventSourcingHandler
    void on(BudgetProjectSubmittedEvent event) {
        budgetProjectId = event.budgetProjectId();
        recorded = event.recorded();
        current = new BudgetProjectDetails(event.programYear(), event.submittedOn(), event.title(), event.author(),
                event.category(), event.requestedAmount(), BudgetProjectStatus.SUBMITTED, null);
    }

    @EventSourcingHandler
    void on(BudgetProjectAdmittedEvent event) {
        current = withStatus(current, BudgetProjectStatus.ADMITTED, current.votes());
    }

    @EventSourcingHandler
    void on(BudgetProjectRejectedEvent event) {
        current = withStatus(current, BudgetProjectStatus.REJECTED, current.votes());
    }

    @EventSourcingHandler
    void on(BudgetProjectVotingResultRecordedEvent event) {
        current = withStatus(current, current.status(), event.votes());
    }

    @EventSourcingHandler
    void on(BudgetProjectWinnerDeclaredEvent event) {
        current = withStatus(current, BudgetProjectStatus.WINNER, current.votes());
    }

    @EventSourcingHandler
    void on(BudgetProjectCorrectedEvent event) {
        current = event.corrected();
    }

    @EventSourcingHandler
    void on(BudgetProjectWithdrawnEvent event) {
        withdrawn = true;
    }
}
