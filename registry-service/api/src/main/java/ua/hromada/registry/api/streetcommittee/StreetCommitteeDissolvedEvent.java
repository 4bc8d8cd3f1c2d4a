package ua.hromada.registry.api.streetcommittee;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A street committee stopped working and no longer counts among the council's committees after
 * {@code dissolvedOn}.
 *
 * @param withEstablishment {@code true} when the dissolution came with the committee's entry into the register
 *                          (the import of a historical committee), so that a repeated import is recognised as
 *                          the same one; {@code false} when it was recorded later
 */
@Revision("1")
public record StreetCommitteeDissolvedEvent(
        StreetCommitteeId streetCommitteeId,
        String street,
        LocalDate dissolvedOn,
        boolean withEstablishment) {
}
