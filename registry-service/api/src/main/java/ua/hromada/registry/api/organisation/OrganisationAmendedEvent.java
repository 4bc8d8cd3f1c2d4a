package ua.hromada.registry.api.organisation;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An organisation's party or EDRPOU code changed on {@code amendedOn}; both fields hold the values from then on. */
@Revision("1")
public record OrganisationAmendedEvent(
        OrganisationId organisationId,
        String party,
        String code,
        LocalDate amendedOn) {
}
