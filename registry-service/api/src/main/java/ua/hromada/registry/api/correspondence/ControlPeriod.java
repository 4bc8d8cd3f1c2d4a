package ua.hromada.registry.api.correspondence;

import java.time.LocalDate;

/**
 * One period an incoming document spent on long-term control: it counts among the documents on control from the
 * end of {@code since} until the end of {@code until}.
 *
 * @param until the day it was taken off, or {@code null} for the period still running
 */
public record ControlPeriod(LocalDate since, LocalDate until) {
}
