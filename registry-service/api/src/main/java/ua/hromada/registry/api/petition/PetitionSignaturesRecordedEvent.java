package ua.hromada.registry.api.petition;

import org.axonframework.serialization.Revision;

/** A published petition has collected {@code signatures} signatures so far, more than recorded before. */
@Revision("1")
public record PetitionSignaturesRecordedEvent(
        PetitionId petitionId,
        int signatures) {
}
