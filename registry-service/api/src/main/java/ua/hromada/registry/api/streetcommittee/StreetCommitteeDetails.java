package ua.hromada.registry.api.streetcommittee;

import java.time.LocalDate;

/**
 * Everything the register holds about a street committee that a correction may fix, its lifecycle dates
 * included: what it was created with, what a correction replaces and what a withdrawal takes back.
 *
 * @param street        the street whose residents organised themselves
 * @param establishedOn the day the committee was established (business date)
 * @param dissolvedOn   the day it was dissolved, or {@code null} while it works
 */
public record StreetCommitteeDetails(String street, LocalDate establishedOn, LocalDate dissolvedOn) {
}
