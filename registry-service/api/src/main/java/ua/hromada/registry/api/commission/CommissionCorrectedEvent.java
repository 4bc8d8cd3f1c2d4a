package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

/**
 * An administrator corrected a commission's details; from now on the register holds {@code corrected}.
 * {@code previous} lets a reader undo what it counted from the old details (e.g. the old kind) without looking
 * elsewhere.
 */
@Revision("1")
public record CommissionCorrectedEvent(
        CommissionId commissionId,
        CommissionDetails previous,
        CommissionDetails corrected,
        String reason) {
}
