package ua.hromada.registry.api.streetcommittee;

import org.axonframework.serialization.Revision;

/**
 * A street committee was withdrawn as entered in error; {@code withdrawn} holds the details it had, so a reader can
 * take back what it counted without looking elsewhere. Its elections stop counting with it.
 */
@Revision("1")
public record StreetCommitteeWithdrawnEvent(
        StreetCommitteeId streetCommitteeId,
        StreetCommitteeDetails withdrawn,
        String reason) {
}
