package ua.hromada.registry.api.petition;

import org.axonframework.serialization.Revision;

/**
 * An administrator corrected a petition: from now on the council holds {@code corrected}; reports "as known at" an
 * earlier moment still use {@code previous}.
 */
@Revision("1")
public record PetitionCorrectedEvent(
        PetitionId petitionId,
        PetitionDetails previous,
        PetitionDetails corrected,
        String reason) {
}
