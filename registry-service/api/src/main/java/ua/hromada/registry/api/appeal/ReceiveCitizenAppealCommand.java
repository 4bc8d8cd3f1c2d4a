package ua.hromada.registry.api.appeal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Registers a resident's appeal to the council. An import of a historical appeal may say it was already resolved;
 * the resolution is then recorded right after the receipt. Repeating the command with the same id and the same
 * content changes nothing; the same id with other content is refused.
 *
 * @param citizenAppealId the tenant-scoped id of the appeal; it must belong to the tenant the command carries
 * @param receivedOn      the day the appeal reached the council (business date)
 * @param resolvedOn      for an imported appeal already resolved: the day of the resolution
 */
public record ReceiveCitizenAppealCommand(
        @TargetAggregateIdentifier CitizenAppealId citizenAppealId,
        AppealChannel channel,
        LocalDate receivedOn,
        String topic,
        String applicantName,
        LocalDate resolvedOn) {
}
