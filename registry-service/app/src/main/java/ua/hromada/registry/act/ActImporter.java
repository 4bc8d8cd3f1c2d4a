package ua.hromada.registry.act;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.act.ActId;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;

/** Import lines of type {@code act}: the body of {@code POST /api/registry/acts}. */
@Component
class ActImporter implements RecordImporter<RecordActRequest> {

    private final TenantContext tenantContext;

    ActImporter(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public String type() {
        return "act";
    }

    @Override
    public Class<RecordActRequest> requestType() {
        return RecordActRequest.class;
    }

    @Override
    public String clientIdOf(RecordActRequest request) {
        return request.id();
    }

    @Override
    public Object commandFor(RecordActRequest request, String clientId) {
        return ActController.recording(ActId.of(tenantContext.scope(clientId).value()), request);
    }
}
