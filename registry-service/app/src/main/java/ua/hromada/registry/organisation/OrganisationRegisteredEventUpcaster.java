package ua.hromada.registry.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

/**
 * Revision 1 of {@link OrganisationRegisteredEvent}, recorded before single sign-on, named the organisation by its
 * client id alone; revision 2 names it tenant-scoped. Every revision-1 event carries its tenant in metadata (the
 * pre-SSO stack stamped its single tenant), so the scoped id is that tenant and the old id. Their aggregate streams
 * keep their unscoped identifiers, which no new command addresses: registering such a client id again starts a
 * scoped stream, and the directory still holds one entry for it.
 */
@Component
class OrganisationRegisteredEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(OrganisationRegisteredEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(OrganisationRegisteredEvent.class.getName(), "2");
    private static final String ORGANISATION_ID = "organisationId";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            String tenant = (String) representation.getMetaData().getObject().get(TenantMetaData.TENANT);
            String clientId = payload.get(ORGANISATION_ID).asText();
            return ((ObjectNode) payload).put(ORGANISATION_ID, TenantScopedId.of(tenant, clientId).value());
        });
    }
}
