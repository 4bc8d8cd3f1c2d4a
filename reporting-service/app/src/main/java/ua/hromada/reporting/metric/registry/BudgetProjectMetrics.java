package ua.hromada.reporting.metric.registry;

import java.util.List;

import org.springframework.stereotype.Component;

import ua.hromada.registry.api.budget.BudgetProjectAdmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectCorrectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectRejectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectStatus;
import ua.hromada.registry.api.budget.BudgetProjectSubmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectWinnerDeclaredEvent;
import ua.hromada.registry.api.budget.BudgetProjectWithdrawnEvent;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;

/**
 * Participatory-budget projects submitted, by the status each has reached: a project counts once, on the day it
 * was submitted, under its latest status. Status steps carry no date of their own, so they move the project's one
 * fact from status to status.
 */
@Component
class BudgetProjectMetrics extends MetricFamily {

    static final String PROJECTS = "registry.budget_projects";

    BudgetProjectMetrics() {
        super(MetricDefinition.flow(PROJECTS).in(ReportSectionKind.CIVIC_PARTICIPATION, 30)
                .titled("Проєкти громадського бюджету", "Подані проєкти громадського бюджету, за датою подання та статусом.")
                .counting("проєкт", "проєкти", "проєктів")
                .by("status")
                .label("submitted", "подані")
                .label("admitted", "допущені до голосування")
                .label("winner", "переможці")
                .label("rejected", "відхилені")
                .build());
        replacing(BudgetProjectSubmittedEvent.class, event -> facts(
                Fact.one(PROJECTS, event.submittedOn(), BudgetProjectStatus.SUBMITTED.value())));
        on(BudgetProjectAdmittedEvent.class, (event, asserted) -> moved(asserted, BudgetProjectStatus.ADMITTED));
        on(BudgetProjectWinnerDeclaredEvent.class, (event, asserted) -> moved(asserted, BudgetProjectStatus.WINNER));
        on(BudgetProjectRejectedEvent.class, (event, asserted) -> moved(asserted, BudgetProjectStatus.REJECTED));
        replacing(BudgetProjectCorrectedEvent.class, event -> facts(Fact.one(PROJECTS, event.corrected().submittedOn(),
                (event.corrected().status() == null ? BudgetProjectStatus.SUBMITTED : event.corrected().status()).value())));
        withdrawing(BudgetProjectWithdrawnEvent.class);
    }

    private static List<Fact> moved(List<Fact> asserted, BudgetProjectStatus status) {
        return asserted.stream()
                .map(fact -> new Fact(fact.metric(), fact.on(), status.value(), fact.value(), fact.part()))
                .toList();
    }
}
