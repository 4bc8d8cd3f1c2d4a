package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A commission was abolished and no longer counts among the council's bodies of its {@code kind} after
 * {@code abolishedOn}.
 *
 * @param withEstablishment {@code true} when the abolition came with the commission's entry into the register (the
 *                          import of a historical commission), so that a repeated import is recognised as the same
 *                          one; {@code false} when it was recorded later
 */
@Revision("1")
public record CommissionAbolishedEvent(
        CommissionId commissionId,
        CommissionKind kind,
        CommissionPurpose purpose,
        LocalDate abolishedOn,
        boolean withEstablishment) {
}
