package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

/** A commission's decision on an item of an earlier meeting's agenda was recorded. */
@Revision("1")
public record CommissionDecisionRecordedEvent(
        CommissionId commissionId,
        String meetingId,
        String itemId,
        String decision) {
}
