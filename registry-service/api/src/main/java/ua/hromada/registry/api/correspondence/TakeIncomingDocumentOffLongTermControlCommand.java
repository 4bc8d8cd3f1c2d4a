package ua.hromada.registry.api.correspondence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Takes an incoming document off long-term control because the matter it concerns is settled.
 *
 * @param until the day it was taken off (business date), not before the day it was put on control
 */
public record TakeIncomingDocumentOffLongTermControlCommand(
        @TargetAggregateIdentifier IncomingDocumentId incomingDocumentId,
        LocalDate until) {
}
