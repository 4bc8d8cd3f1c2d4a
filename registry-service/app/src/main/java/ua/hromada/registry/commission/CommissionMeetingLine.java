package ua.hromada.registry.commission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;
import java.util.List;

/**
 * A {@code commission-meeting} line of an import: the meeting of {@code POST
 * /api/registry/commissions/{id}/meetings} with its commission named by id or by name.
 *
 * @param id         the meeting's id, unique within its commission; derived from the line when absent
 * @param commission the commission's client id or its name
 */
record CommissionMeetingLine(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @NotBlank @Size(max = 500) String commission,
        @NotNull LocalDate heldOn,
        @Size(max = 200) List<@NotNull @Valid AgendaItemRequest> agenda) {
}
