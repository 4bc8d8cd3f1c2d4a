package ua.hromada.registry.api.streetcommittee;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A street committee was entered into the register and counts among the council's street committees from
 * {@code establishedOn}. The tenant and the user who recorded it travel in the event's metadata.
 */
@Revision("1")
public record StreetCommitteeEstablishedEvent(
        StreetCommitteeId streetCommitteeId,
        String street,
        LocalDate establishedOn) {
}
