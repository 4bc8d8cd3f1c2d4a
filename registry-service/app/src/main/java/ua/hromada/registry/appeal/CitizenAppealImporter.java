package ua.hromada.registry.appeal;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.appeal.CitizenAppealId;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;

/** Import lines of type {@code citizen-appeal}: the body of {@code POST /api/registry/citizen-appeals}. */
@Component
class CitizenAppealImporter implements RecordImporter<ReceiveCitizenAppealRequest> {

    private final TenantContext tenantContext;

    CitizenAppealImporter(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public String type() {
        return "citizen-appeal";
    }

    @Override
    public Class<ReceiveCitizenAppealRequest> requestType() {
        return ReceiveCitizenAppealRequest.class;
    }

    @Override
    public String clientIdOf(ReceiveCitizenAppealRequest request) {
        return request.id();
    }

    @Override
    public Object commandFor(ReceiveCitizenAppealRequest request, String clientId) {
        return CitizenAppealController.receipt(CitizenAppealId.of(tenantContext.scope(clientId).value()), request);
    }
}
