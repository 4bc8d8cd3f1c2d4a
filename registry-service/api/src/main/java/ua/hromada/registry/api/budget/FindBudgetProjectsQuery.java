package ua.hromada.registry.api.budget;

import ua.hromada.registry.api.record.RecordFilter;

/**
 * Asks for a page of the caller's tenant's participatory-budget projects, ordered by {@code submittedOn} and then
 * by id; {@code from}/{@code to} filter on {@code submittedOn}. The register has no kinds: the filter's
 * {@code kind} is the program year written as digits (e.g. {@code "2021"}), which is what the directory stores as
 * each project's kind. Answered with a {@link BudgetProjectPage}.
 */
public record FindBudgetProjectsQuery(RecordFilter filter) {
}
