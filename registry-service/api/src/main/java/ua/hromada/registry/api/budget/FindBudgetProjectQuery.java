package ua.hromada.registry.api.budget;

/**
 * Asks for one participatory-budget project of the caller's tenant; answered with an optional
 * {@link BudgetProjectView}, empty also when the id belongs to another tenant.
 */
public record FindBudgetProjectQuery(BudgetProjectId budgetProjectId) {
}
