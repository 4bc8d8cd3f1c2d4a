package ua.hromada.registry.api.act;

import org.axonframework.serialization.Revision;

/**
 * An administrator corrected an act: from now on the register holds {@code corrected}; reports "as known at" an
 * earlier moment still use {@code previous}.
 */
@Revision("1")
public record ActCorrectedEvent(
        ActId actId,
        ActDetails previous,
        ActDetails corrected,
        String reason) {
}
