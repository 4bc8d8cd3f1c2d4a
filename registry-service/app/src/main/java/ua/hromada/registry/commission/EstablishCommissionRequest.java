package ua.hromada.registry.commission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.commission.CommissionKind;
import ua.hromada.registry.api.commission.CommissionPurpose;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/registry/commissions} and a {@code commission} line of an import.
 *
 * @param id          a client-chosen id, so that a retried request is recognised as a repeat; generated when absent
 * @param abolishedOn for the record of a body that no longer works
 * @param basis       the act that set it up, e.g. "розпорядження № 12"
 * @param purpose     what it works on; an {@code awards} commission considers award petitions
 */
record EstablishCommissionRequest(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @NotBlank @Size(max = 500) String name,
        @NotNull CommissionKind kind,
        @NotNull LocalDate establishedOn,
        LocalDate abolishedOn,
        @Size(max = 500) String basis,
        CommissionPurpose purpose) {
}
