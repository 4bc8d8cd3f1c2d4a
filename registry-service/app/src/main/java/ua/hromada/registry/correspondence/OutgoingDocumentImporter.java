package ua.hromada.registry.correspondence;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.correspondence.OutgoingDocumentId;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;

/** Import lines of type {@code outgoing-document}: the body of {@code POST /api/registry/outgoing-documents}. */
@Component
class OutgoingDocumentImporter implements RecordImporter<SendOutgoingDocumentRequest> {

    private final TenantContext tenantContext;

    OutgoingDocumentImporter(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public String type() {
        return "outgoing-document";
    }

    @Override
    public Class<SendOutgoingDocumentRequest> requestType() {
        return SendOutgoingDocumentRequest.class;
    }

    @Override
    public String clientIdOf(SendOutgoingDocumentRequest request) {
        return request.id();
    }

    @Override
    public Object commandFor(SendOutgoingDocumentRequest request, String clientId) {
        return OutgoingDocumentController.dispatch(OutgoingDocumentId.of(tenantContext.scope(clientId).value()),
                request);
    }
}
