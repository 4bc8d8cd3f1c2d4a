package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A commission, working group or coordination council was entered into the register and counts among the
 * council's bodies of its kind from {@code establishedOn}. The tenant and the user who recorded it travel in the
 * event's metadata.
 */
@Revision("1")
public record CommissionEstablishedEvent(
        CommissionId commissionId,
        String name,
        CommissionKind kind,
        LocalDate establishedOn,
        String basis,
        CommissionPurpose purpose) {
}
