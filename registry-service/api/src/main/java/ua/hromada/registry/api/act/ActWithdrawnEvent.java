package ua.hromada.registry.api.act;

import org.axonframework.serialization.Revision;

/**
 * An act entered in error was withdrawn: reports no longer count it. {@code withdrawn} is what the register held
 * until then, so a reader can take back what it counted.
 */
@Revision("1")
public record ActWithdrawnEvent(
        ActId actId,
        ActDetails withdrawn,
        String reason) {
}
