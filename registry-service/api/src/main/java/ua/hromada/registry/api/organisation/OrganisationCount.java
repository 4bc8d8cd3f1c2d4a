package ua.hromada.registry.api.organisation;

import java.time.LocalDate;

/**
 * How many organisations the register held at the end of a day.
 *
 * @param kind {@code null} when all kinds are counted
 */
public record OrganisationCount(OrganisationKind kind, LocalDate asOf, long count) {
}
