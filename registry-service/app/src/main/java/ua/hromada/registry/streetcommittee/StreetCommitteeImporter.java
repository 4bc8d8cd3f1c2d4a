package ua.hromada.registry.streetcommittee;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;

/** Import lines of type {@code street-committee}: the body of {@code POST /api/registry/street-committees}. */
@Component
class StreetCommitteeImporter implements RecordImporter<EstablishStreetCommitteeRequest> {

    private final TenantContext tenantContext;

    StreetCommitteeImporter(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public String type() {
        return "street-committee";
    }

    @Override
    public Class<EstablishStreetCommitteeRequest> requestType() {
        return EstablishStreetCommitteeRequest.class;
    }

    @Override
    public String clientIdOf(EstablishStreetCommitteeRequest request) {
        return request.id();
    }

    @Override
    public Object commandFor(EstablishStreetCommitteeRequest request, String clientId) {
        return StreetCommitteeController.establishment(
                StreetCommitteeId.of(tenantContext.scope(clientId).value()), request);
    }
}
