package ua.hromada.registry.api.streetcommittee;

import java.time.LocalDate;

/** How many street committees the register held at the end of a day (the report's "as of" figure). */
public record StreetCommitteeCount(LocalDate asOf, long count) {
}
