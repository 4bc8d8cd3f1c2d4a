package ua.hromada.registry.streetcommittee;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeEstablishedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeWithdrawnEvent;
import ua.hromada.registry.record.RecordLookup;
import ua.hromada.tenancy.TenantScopedId;

import java.util.Optional;

/**
 * Finds a council's street committee by its street, or by its client id, for an election line of an import that
 * names its committee that way. A subscribing processor (see {@code application.yml}) keeps it on the thread that
 * records the committee, so a line naming a committee an earlier line of the same import established finds it.
 * <p>
 * A street names its most recently established committee that was not withdrawn: the working one, or, when the
 * street's committee was dissolved, that one, so that the elections of a historical committee can be imported by
 * street too (an election after the dissolution is then refused by the committee itself).
 */
@Component
@ProcessingGroup(StreetCommitteeLookupProjection.PROCESSING_GROUP)
class StreetCommitteeLookupProjection {

    static final String PROCESSING_GROUP = "street-committee-lookup";

    private final RecordLookup byStreet;
    private final RecordLookup byClientId;

    StreetCommitteeLookupProjection(MongoDatabase database) {
        byStreet = new RecordLookup(database, "street-committee-by-street");
        byClientId = new RecordLookup(database, "street-committee-by-id");
    }

    @EventHandler
    void on(StreetCommitteeEstablishedEvent event) {
        TenantScopedId id = TenantScopedId.parse(event.streetCommitteeId().value());
        byStreet.put(id.tenant(), event.street(), id.value());
        byClientId.put(id.tenant(), id.clientId(), id.value());
    }

    @EventHandler
    void on(StreetCommitteeCorrectedEvent event) {
        if (event.previous().street().equals(event.corrected().street())) {
            return;
        }
        TenantScopedId id = TenantScopedId.parse(event.streetCommitteeId().value());
        byStreet.remove(id.tenant(), event.previous().street(), id.value());
        byStreet.put(id.tenant(), event.corrected().street(), id.value());
    }

    @EventHandler
    void on(StreetCommitteeWithdrawnEvent event) {
        TenantScopedId id = TenantScopedId.parse(event.streetCommitteeId().value());
        byStreet.remove(id.tenant(), event.withdrawn().street(), id.value());
        byClientId.remove(id.tenant(), id.clientId(), id.value());
    }

    @ResetHandler
    void reset() {
        byStreet.clear();
        byClientId.clear();
    }

    /** The committee of {@code street} in {@code tenant}, as described above. */
    Optional<StreetCommitteeId> committeeOn(String tenant, String street) {
        return byStreet.find(tenant, street).map(StreetCommitteeId::of);
    }

    /** The committee of {@code tenant} with exactly this client id, if it is in the register. */
    Optional<StreetCommitteeId> committee(String tenant, String clientId) {
        return byClientId.find(tenant, clientId)
                .filter(found -> TenantScopedId.parse(found).clientId().equals(clientId))
                .map(StreetCommitteeId::of);
    }
}
