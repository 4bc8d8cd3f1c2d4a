package ua.hromada.registry.api.appeal;

import org.axonframework.serialization.Revision;

/**
 * An appeal's record was corrected; from now on it reads as {@code corrected}, while reports "as known at" an
 * earlier moment still use {@code previous}.
 */
@Revision("1")
public record CitizenAppealCorrectedEvent(
        CitizenAppealId citizenAppealId,
        CitizenAppealDetails previous,
        CitizenAppealDetails corrected,
        String reason) {
}
