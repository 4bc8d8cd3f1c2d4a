package ua.hromada.registry.commission;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;

/** Import lines of type {@code commission}: the body of {@code POST /api/registry/commissions}. */
@Component
class CommissionImporter implements RecordImporter<EstablishCommissionRequest> {

    private final TenantContext tenantContext;

    CommissionImporter(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public String type() {
        return "commission";
    }

    @Override
    public Class<EstablishCommissionRequest> requestType() {
        return EstablishCommissionRequest.class;
    }

    @Override
    public String clientIdOf(EstablishCommissionRequest request) {
        return request.id();
    }

    @Override
    public Object commandFor(EstablishCommissionRequest request, String clientId) {
        return CommissionController.establishment(CommissionId.of(tenantContext.scope(clientId).value()), request);
    }
}
