package ua.hromada.registry.correspondence;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.correspondence.IncomingDocumentId;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;

/** Import lines of type {@code incoming-document}: the body of {@code POST /api/registry/incoming-documents}. */
@Component
class IncomingDocumentImporter implements RecordImporter<ReceiveIncomingDocumentRequest> {

    private final TenantContext tenantContext;

    IncomingDocumentImporter(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public String type() {
        return "incoming-document";
    }

    @Override
    public Class<ReceiveIncomingDocumentRequest> requestType() {
        return ReceiveIncomingDocumentRequest.class;
    }

    @Override
    public String clientIdOf(ReceiveIncomingDocumentRequest request) {
        return request.id();
    }

    @Override
    public Object commandFor(ReceiveIncomingDocumentRequest request, String clientId) {
        return IncomingDocumentController.receipt(IncomingDocumentId.of(tenantContext.scope(clientId).value()),
                request);
    }
}
