package ua.hromada.registry.act;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.act.ActKind;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/registry/acts} and an {@code act} line of an import: a draft (with
 * {@code draftedOn}), an adopted act (with {@code adoptedOn}), or, for past acts, one already published. Which
 * dates a kind needs is the act's rule (a draft decision has {@code draftedOn} and is never adopted itself).
 *
 * @param id                   a client-chosen id, so that a retried request is recognised as a repeat; generated
 *                             when absent
 * @param preparedByDepartment whether the department for internal policy prepared it; {@code false} when absent
 */
record RecordActRequest(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @NotNull ActKind kind,
        @Size(max = 50) String number,
        @Size(max = 1000) String title,
        LocalDate draftedOn,
        LocalDate adoptedOn,
        LocalDate publishedOn,
        Boolean preparedByDepartment) {
}
