package ua.hromada.registry.api.organisation;

import java.time.LocalDate;

/**
 * Asks how many organisations of the caller's tenant were in the register at the end of {@code asOf}: registered
 * on or before it and not liquidated on or before it, withdrawn records never counted. Answered with a
 * {@link OrganisationCount}.
 *
 * @param kind only organisations of this kind, or {@code null} for all
 */
public record CountOrganisationsQuery(OrganisationKind kind, LocalDate asOf) {
}
