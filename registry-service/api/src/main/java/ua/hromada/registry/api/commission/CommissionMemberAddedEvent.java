package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

/** A person joined the commission's composition. */
@Revision("1")
public record CommissionMemberAddedEvent(
        CommissionId commissionId,
        String name,
        String position) {
}
