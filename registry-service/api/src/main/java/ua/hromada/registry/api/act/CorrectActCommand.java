package ua.hromada.registry.api.act;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces what the register holds about an act with corrected details, e.g. a mistyped number or an adoption
 * entered by mistake. Only administrators correct records; the history keeps what was replaced and why.
 *
 * @param corrected the act's details as they should have been, lifecycle dates included
 * @param reason    why the record is corrected
 */
public record CorrectActCommand(
        @TargetAggregateIdentifier ActId actId,
        ActDetails corrected,
        String reason) {
}
