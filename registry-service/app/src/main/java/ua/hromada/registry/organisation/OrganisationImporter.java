package ua.hromada.registry.organisation;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;

/** Import lines of type {@code organisation}: the body of {@code POST /api/registry/organisations}. */
@Component
class OrganisationImporter implements RecordImporter<RegisterOrganisationRequest> {

    private final TenantContext tenantContext;

    OrganisationImporter(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public String type() {
        return "organisation";
    }

    @Override
    public Class<RegisterOrganisationRequest> requestType() {
        return RegisterOrganisationRequest.class;
    }

    @Override
    public String clientIdOf(RegisterOrganisationRequest request) {
        return request.id();
    }

    @Override
    public Object commandFor(RegisterOrganisationRequest request, String clientId) {
        return OrganisationController.registration(OrganisationId.of(tenantContext.scope(clientId).value()), request);
    }
}
