package ua.hromada.registry.petition;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.petition.PetitionId;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;

/** Import lines of type {@code petition}: the body of {@code POST /api/registry/petitions}. */
@Component
class PetitionImporter implements RecordImporter<SubmitPetitionRequest> {

    private final TenantContext tenantContext;

    PetitionImporter(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public String type() {
        return "petition";
    }

    @Override
    public Class<SubmitPetitionRequest> requestType() {
        return SubmitPetitionRequest.class;
    }

    @Override
    public String clientIdOf(SubmitPetitionRequest request) {
        return request.id();
    }

    @Override
    public Object commandFor(SubmitPetitionRequest request, String clientId) {
        return PetitionController.submission(PetitionId.of(tenantContext.scope(clientId).value()), request);
    }
}
