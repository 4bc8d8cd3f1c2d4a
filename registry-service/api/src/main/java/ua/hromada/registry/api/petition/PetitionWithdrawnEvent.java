package ua.hromada.registry.api.petition;

import org.axonframework.serialization.Revision;

/**
 * A petition entered in error was withdrawn: reports no longer count it. {@code withdrawn} is what the council held
 * until then, so a reader can take back what it counted.
 */
@Revision("1")
public record PetitionWithdrawnEvent(
        PetitionId petitionId,
        PetitionDetails withdrawn,
        String reason) {
}
