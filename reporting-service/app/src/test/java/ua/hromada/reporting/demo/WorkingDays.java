package ua.hromada.reporting.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The days a Ukrainian council office works, so that demo documents and acts never carry a date on which nobody
 * could have registered or signed them.
 */
final class WorkingDays {

    /**
     * 2020–2021, the years the seed reports cover: public holidays, holidays falling on a weekend moved to the
     * following Monday, and the days off the Cabinet moved (worked on a Saturday instead).
     */
    private static final Set<LocalDate> DAYS_OFF_2020_2021 = Set.of(
            LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 7),
            LocalDate.of(2020, 3, 9), LocalDate.of(2020, 4, 20), LocalDate.of(2020, 5, 1),
            LocalDate.of(2020, 5, 11), LocalDate.of(2020, 6, 8), LocalDate.of(2020, 6, 29),
            LocalDate.of(2020, 8, 24), LocalDate.of(2020, 10, 14), LocalDate.of(2020, 12, 25),
            LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 7), LocalDate.of(2021, 1, 8),
            LocalDate.of(2021, 3, 8), LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 4),
            LocalDate.of(2021, 5, 10), LocalDate.of(2021, 6, 21), LocalDate.of(2021, 6, 28),
            LocalDate.of(2021, 8, 23), LocalDate.of(2021, 8, 24), LocalDate.of(2021, 10, 14),
            LocalDate.of(2021, 10, 15), LocalDate.of(2021, 12, 27));

    /** Earlier years only date registrations; the fixed-date holidays are enough to keep those off feast days. */
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 7),
            MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9), MonthDay.of(6, 28), MonthDay.of(8, 24));

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        if (day.getYear() == 2020 || day.getYear() == 2021) {
            return !DAYS_OFF_2020_2021.contains(day);
        }
        return !FIXED_HOLIDAYS.contains(MonthDay.from(day));
    }

    /** The working days from {@code from} to {@code to}, both included. */
    static List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    static LocalDate randomBetween(Random random, LocalDate from, LocalDate to) {
        List<LocalDate> days = between(from, to);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no working day from " + from + " to " + to);
        }
        return days.get(random.nextInt(days.size()));
    }

    /** The working day {@code count} working days after {@code day} (0: {@code day} itself if it is one). */
    static LocalDate plus(LocalDate day, int count) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        for (int i = 0; i < count; i++) {
            do {
                result = result.plusDays(1);
            } while (!isWorkingDay(result));
        }
        return result;
    }

    /** The working day {@code count} working days before {@code day} (0: the last one on or before it). */
    static LocalDate minus(LocalDate day, int count) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.minusDays(1);
        }
        for (int i = 0; i < count; i++) {
            do {
                result = result.minusDays(1);
            } while (!isWorkingDay(result));
        }
        return result;
    }
}
