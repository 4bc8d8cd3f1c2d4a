package ua.hromada.registry.appeal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.appeal.AppealChannel;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/registry/citizen-appeals} and a {@code citizen-appeal} line of an import.
 *
 * @param id         a client-chosen id, so that a retried request is recognised as a repeat; generated when absent
 * @param resolvedOn for the record of an appeal already resolved
 */
record ReceiveCitizenAppealRequest(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @NotNull AppealChannel channel,
        @NotNull LocalDate receivedOn,
        @Size(max = 1000) String topic,
        @Size(max = 500) String applicantName,
        LocalDate resolvedOn) {
}
