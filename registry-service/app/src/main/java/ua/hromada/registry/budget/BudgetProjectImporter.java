package ua.hromada.registry.budget;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.budget.BudgetProjectId;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;

/** Import lines of type {@code budget-project}: the body of {@code POST /api/registry/budget-projects}. */
@Component
class BudgetProjectImporter implements RecordImporter<SubmitBudgetProjectRequest> {

    private final TenantContext tenantContext;

    BudgetProjectImporter(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public String type() {
        return "budget-project";
    }

    @Override
    public Class<SubmitBudgetProjectRequest> requestType() {
        return SubmitBudgetProjectRequest.class;
    }

    @Override
    public String clientIdOf(SubmitBudgetProjectRequest request) {
        return request.id();
    }

    @Override
    public Object commandFor(SubmitBudgetProjectRequest request, String clientId) {
        return BudgetProjectController.submission(BudgetProjectId.of(tenantContext.scope(clientId).value()), request);
    }
}
