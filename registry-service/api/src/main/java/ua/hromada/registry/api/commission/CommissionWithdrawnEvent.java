package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

/**
 * A commission was withdrawn as entered in error; {@code withdrawn} holds the details it had, so a reader can take
 * back what it counted without looking elsewhere. Its meetings stop counting with it.
 */
@Revision("1")
public record CommissionWithdrawnEvent(
        CommissionId commissionId,
        CommissionDetails withdrawn,
        String reason) {
}
