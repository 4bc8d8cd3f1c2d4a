package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

/** A person left the commission's composition; {@code name} is written as it was when the member was added. */
@Revision("1")
public record CommissionMemberRemovedEvent(
        CommissionId commissionId,
        String name) {
}
