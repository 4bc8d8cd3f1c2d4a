package ua.hromada.registry.commission;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.commission.CommissionAbolishedEvent;
import ua.hromada.registry.api.commission.CommissionCorrectedEvent;
import ua.hromada.registry.api.commission.CommissionDetails;
import ua.hromada.registry.api.commission.CommissionEstablishedEvent;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.CommissionPurpose;
import ua.hromada.registry.api.commission.CommissionWithdrawnEvent;
import ua.hromada.registry.record.RecordLookup;
import ua.hromada.tenancy.TenantScopedId;

import java.util.Optional;

/**
 * Finds a council's commission by what people call it: by name or client id for a meeting line of an import, and
 * the council's awards commission for a petition the awards service hands over knowing only the council. A
 * subscribing processor (see {@code application.yml}) keeps it on the thread that records the commission, so a line
 * naming a commission an earlier line of the same import established finds it.
 * <p>
 * A name stays with its commission after an abolition, so the meetings of a historical commission can be imported
 * by name; with two commissions of one name, the one established last is meant. The awards commission is the one
 * with purpose {@code awards} that works now (established last, if there are several).
 */
@Component
@ProcessingGroup(CommissionLookupProjection.PROCESSING_GROUP)
class CommissionLookupProjection {

    static final String PROCESSING_GROUP = "commission-lookup";

    private final RecordLookup byName;
    private final RecordLookup byClientId;
    /** Keyed by the tenant itself: one awards commission per council. */
    private final RecordLookup awardsCommission;

    CommissionLookupProjection(MongoDatabase database) {
        byName = new RecordLookup(database, "commission-by-name");
        byClientId = new RecordLookup(database, "commission-by-id");
        awardsCommission = new RecordLookup(database, "awards-commission");
    }

    @EventHandler
    void on(CommissionEstablishedEvent event) {
        TenantScopedId id = TenantScopedId.parse(event.commissionId().value());
        byName.put(id.tenant(), event.name(), id.value());
        byClientId.put(id.tenant(), id.clientId(), id.value());
        if (event.purpose() == CommissionPurpose.AWARDS) {
            awardsCommission.put(id.tenant(), id.tenant(), id.value());
        }
    }

    @EventHandler
    void on(CommissionAbolishedEvent event) {
        TenantScopedId id = TenantScopedId.parse(event.commissionId().value());
        awardsCommission.remove(id.tenant(), id.tenant(), id.value());
    }

    @EventHandler
    void on(CommissionCorrectedEvent event) {
        TenantScopedId id = TenantScopedId.parse(event.commissionId().value());
        if (!event.previous().name().equals(event.corrected().name())) {
            byName.remove(id.tenant(), event.previous().name(), id.value());
            byName.put(id.tenant(), event.corrected().name(), id.value());
        }
        boolean was = worksOnAwards(event.previous());
        boolean is = worksOnAwards(event.corrected());
        if (is && !was) {
            awardsCommission.put(id.tenant(), id.tenant(), id.value());
        } else if (was && !is) {
            awardsCommission.remove(id.tenant(), id.tenant(), id.value());
        }
    }

    @EventHandler
    void on(CommissionWithdrawnEvent event) {
        TenantScopedId id = TenantScopedId.parse(event.commissionId().value());
        byName.remove(id.tenant(), event.withdrawn().name(), id.value());
        byClientId.remove(id.tenant(), id.clientId(), id.value());
        awardsCommission.remove(id.tenant(), id.tenant(), id.value());
    }

    @ResetHandler
    void reset() {
        byName.clear();
        byClientId.clear();
        awardsCommission.clear();
    }

    /** The commission {@code reference} names in {@code tenant}: its exact client id, or else its name. */
    Optional<CommissionId> commission(String tenant, String reference) {
        Optional<String> byId = byClientId.find(tenant, reference)
                .filter(found -> TenantScopedId.parse(found).clientId().equals(reference));
        return byId.or(() -> byName.find(tenant, reference)).map(CommissionId::of);
    }

    /** The council's working awards commission. */
    Optional<CommissionId> awardsCommissionOf(String tenant) {
        return awardsCommission.find(tenant, tenant).map(CommissionId::of);
    }

    private static boolean worksOnAwards(CommissionDetails details) {
        return details.purpose() == CommissionPurpose.AWARDS && details.abolishedOn() == null;
    }
}
