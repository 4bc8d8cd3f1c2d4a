package ua.hromada.reporting.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts registry metrics straight from import lines, by the definitions of DOMAIN.md's metric catalogue: a
 * <b>flow</b> counts the records whose business date falls within the period, a <b>stock</b> the records that
 * exist at the end of the period's last day (from the end of their first day until the end of the day they
 * ended). Deliberately small and separate from the generator and from the registry's code, so that it checks the
 * demo data rather than repeating how it was made.
 */
final class RegistryFigures {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How a metric counts.
     *
     * @param counted which records of the type count at all
     * @param from    the business date a flow counts by, or the day a stock's record starts to exist
     * @param until   the day a stock's record stops existing (absent: it still exists); {@code null} for a flow
     */
    private record Definition(String type, Predicate<JsonNode> counted, Function<JsonNode, LocalDate> from,
                              Function<JsonNode, LocalDate> until) {

        boolean isStock() {
            return until != null;
        }
    }

    private static final Map<String, Definition> CATALOGUE = Map.ofEntries(
            Map.entry("registry.organisations", stock("organisation", "registeredOn", "liquidatedOn")),
            Map.entry("registry.street_committees", stock("street-committee", "establishedOn", "dissolvedOn")),
            Map.entry("registry.commissions", stock("commission", "establishedOn", "abolishedOn")),
            // an imported document is on control from the day it was received; a line cannot end the control
            Map.entry("registry.documents.long_term_control", new Definition("incoming-document",
                    line -> line.path("longTermControl").asBoolean(false), date("receivedOn"), line -> null)),
            Map.entry("registry.street_committee_elections", flow("street-committee-election", "heldOn")),
            Map.entry("registry.documents.incoming", flow("incoming-document", "receivedOn")),
            Map.entry("registry.documents.answered", flow("incoming-document", "answeredOn")),
            Map.entry("registry.documents.outgoing", flow("outgoing-document", "sentOn")),
            Map.entry("registry.appeals", flow("citizen-appeal", "receivedOn")),
            Map.entry("registry.petitions", flow("petition", "submittedOn")),
            // drafts count by the day drafted, everything else by the day adopted
            Map.entry("registry.acts", new Definition("act", line -> true, line -> "draft_decision".equals(
                    line.path("kind").asText()) ? date("draftedOn").apply(line) : date("adoptedOn").apply(line),
                    null)),
            Map.entry("registry.acts.drafted_by_department", new Definition("act",
                    line -> line.path("preparedByDepartment").asBoolean(false), date("draftedOn"), null)));

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private final List<JsonNode> lines;

    private RegistryFigures(List<JsonNode> lines) {
        this.lines = lines;
    }

    /** The records of an NDJSON import, one JSON object per non-blank line. */
    static RegistryFigures of(List<String> ndjsonLines) {
        List<JsonNode> records = new ArrayList<>();
        for (int i = 0; i < ndjsonLines.size(); i++) {
            if (ndjsonLines.get(i).isBlank()) {
                continue;
            }
            try {
                records.add(JSON.readTree(ndjsonLines.get(i)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return new RegistryFigures(records);
    }

    /** Whether the catalogue here defines the metric. */
    static boolean defines(String metric) {
        return CATALOGUE.containsKey(metric);
    }

    /**
     * The figure of a metric over a period, overall ({@code dimension} empty) or for one value of a breakdown
     * (e.g. {@code kind} = {@code ngo}).
     *
     * @param period {@code 2021}, {@code 2020-Q1}, {@code 2021-H1} or {@code 2021-03}
     */
    long value(String metric, String dimension, String dimensionValue, String period) {
        Definition definition = CATALOGUE.get(metric);
        if (definition == null) {
            throw new IllegalArgumentException("no definition of " + metric + " here");
        }
        LocalDate[] days = daysOf(period);
        LocalDate first = days[0];
        LocalDate last = days[1];
        return lines.stream()
                .filter(line -> definition.type().equals(line.path("type").asText()))
                .filter(definition.counted())
                .filter(line -> dimension == null || dimension.isEmpty()
                        || dimensionValue.equals(line.path(dimension).asText(null)))
                .filter(line -> {
                    LocalDate from = definition.from().apply(line);
                    if (from == null) {
                        return false;
                    }
                    if (!definition.isStock()) {
                        return !from.isBefore(first) && !from.isAfter(last);
                    }
                    LocalDate until = definition.until().apply(line);
                    return !from.isAfter(last) && (until == null || until.isAfter(last));
                })
                .count();
    }

    /** The first and the last day of a period. */
    static LocalDate[] daysOf(String period) {
        Matcher matcher;
        if ((matcher = QUARTER.matcher(period)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(matcher.group(1)),
                    3 * Integer.parseInt(matcher.group(2)) - 2, 1);
            return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
        }
        if ((matcher = HALF.matcher(period)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(matcher.group(1)),
                    6 * Integer.parseInt(matcher.group(2)) - 5, 1);
            return new LocalDate[] {first, first.plusMonths(6).minusDays(1)};
        }
        if ((matcher = MONTH.matcher(period)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        if ((matcher = YEAR.matcher(period)).matches()) {
            int year = Integer.parseInt(matcher.group(1));
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        throw new IllegalArgumentException("not a period: " + period);
    }

    private static Definition stock(String type, String from, String until) {
        return new Definition(type, line -> true, date(from), date(until));
    }

    private static Definition flow(String type, String on) {
        return new Definition(type, line -> true, date(on), null);
    }

    private static Function<JsonNode, LocalDate> date(String field) {
        return line -> line.hasNonNull(field) ? LocalDate.parse(line.get(field).asText()) : null;
    }
}
