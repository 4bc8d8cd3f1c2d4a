package ua.hromada.reporting.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.hromada.registry.api.act.ActKind;
import ua.hromada.registry.api.commission.CommissionKind;
import ua.hromada.registry.api.commission.CommissionPurpose;
import ua.hromada.registry.api.correspondence.IncomingDocumentKind;
import ua.hromada.registry.api.correspondence.OutgoingDocumentKind;
import ua.hromada.registry.api.organisation.OrganisationKind;

/**
 * The committed demo file holds records a council could really have: lines the registry's import accepts (types,
 * fields and kinds of registry-service's requests, client ids), no date after 2021 or out of order, documents and
 * acts on weekdays, elections of committees that exist, and organisations that come and go in both years.
 */
class DemoDataRecordsTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2021, 12, 31);
    private static final String CLIENT_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";

    /** The fields of each type's request in registry-service (e.g. RegisterOrganisationRequest), required first. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "organisation", List.of("kind", "name", "registeredOn", "|", "id", "liquidatedOn", "party", "code"),
            "street-committee", List.of("street", "establishedOn", "|", "id", "dissolvedOn"),
            "street-committee-election", List.of("street", "heldOn", "|", "id", "streetCommitteeId", "headName"),
            "commission", List.of("name", "kind", "establishedOn", "|", "id", "abolishedOn", "basis", "purpose"),
            "act", List.of("kind", "|", "id", "number", "title", "draftedOn", "adoptedOn", "publishedOn",
                    "preparedByDepartment"),
            "incoming-document", List.of("kind", "receivedOn", "|", "id", "sender", "subject",
                    "registrationNumber", "answeredOn", "longTermControl"),
            "outgoing-document", List.of("kind", "sentOn", "|", "id", "recipient", "subject", "registrationNumber",
                    "inReplyTo"));

    /** The kinds each type accepts, as the registry's own enums read them. */
    private static final Map<String, Function<String, Optional<?>>> KINDS = Map.of(
            "organisation", OrganisationKind::fromValue,
            "commission", CommissionKind::fromValue,
            "act", ActKind::fromValue,
            "incoming-document", IncomingDocumentKind::fromValue,
            "outgoing-document", OutgoingDocumentKind::fromValue);

    private static final Set<String> DATE_FIELDS = Set.of("registeredOn", "liquidatedOn", "establishedOn",
            "dissolvedOn", "abolishedOn", "heldOn", "draftedOn", "adoptedOn", "publishedOn", "receivedOn",
            "answeredOn", "sentOn");
    /** Registered, signed and sent on working days; general meetings of residents may meet at weekends. */
    private static final Set<String> OFFICE_TYPES = Set.of("act", "incoming-document", "outgoing-document");

    private static List<JsonNode> lines;

    /** What a test found wrong, each naming its line: one assertion per test that lists them all. */
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void readTheFile() throws Exception {
        ObjectMapper json = new ObjectMapper();
        lines = new ArrayList<>();
        for (String line : DemoFiles.committedLines()) {
            lines.add(json.readTree(line));
        }
    }

    @AfterEach
    void nothingWasWrong() {
        assertThat(problems).as("problems in " + LysychanskRegistryDemo.COMMITTED_FILE).isEmpty();
    }

    @Test
    void everyLineIsOneTheRegistryImportAccepts() {
        Map<String, Set<String>> idsByType = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String type = line.path("type").asText();
            List<String> fields = FIELDS.get(type);
            if (fields == null) {
                problem(i, line, "no registry type " + type);
                continue;
            }
            String id = line.path("id").asText();
            check(id.matches(CLIENT_ID), i, line, "no client id, so a second load would record it again");
            check(idsByType.computeIfAbsent(type, t -> new HashSet<>()).add(id), i, line, "id used before");
            for (String field : fields.subList(0, fields.indexOf("|"))) {
                check(line.hasNonNull(field), i, line, "required " + field + " missing");
            }
            for (Iterator<String> names = line.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                JsonNode value = line.get(field);
                check(field.equals("type") || fields.contains(field), i, line, "unknown field " + field);
                check(value.isTextual() || value.isBoolean(), i, line, field + " is neither text nor a boolean");
                int limit = field.equals("number") ? 50 : field.equals("party") ? 200 : 500;
                check(value.asText().length() <= limit, i, line, field + " longer than the request allows");
            }
            if (KINDS.containsKey(type)) {
                check(KINDS.get(type).apply(line.path("kind").asText()).isPresent(), i, line, "unknown kind");
            }
            if (line.hasNonNull("purpose")) {
                check(CommissionPurpose.fromValue(line.get("purpose").asText()).isPresent(), i, line,
                        "unknown purpose");
            }
            if (line.hasNonNull("code")) {
                check(line.get("code").asText().matches("\\d{8}"), i, line, "code is no EDRPOU code");
            }
        }
    }

    @Test
    void noDateIsImpossibleInTheFutureOrOutOfOrder() {
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            Map<String, LocalDate> dates = new HashMap<>();
            for (String field : DATE_FIELDS) {
                if (line.hasNonNull(field)) {
                    try {
                        dates.put(field, LocalDate.parse(line.get(field).asText()));
                    } catch (DateTimeParseException e) {
                        problem(i, line, field + " is no date");
                    }
                }
            }
            boolean office = OFFICE_TYPES.contains(line.path("type").asText());
            for (Map.Entry<String, LocalDate> date : dates.entrySet()) {
                check(!date.getValue().isBefore(LocalDate.of(1991, 8, 24)) && !date.getValue().isAfter(LAST_DAY),
                        i, line, date.getKey() + " outside 1991-08-24..2021-12-31");
                DayOfWeek weekday = date.getValue().getDayOfWeek();
                check(!office || (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY), i, line,
                        date.getKey() + " at a weekend");
            }
            inOrder(i, line, dates, "registeredOn", "liquidatedOn");
            inOrder(i, line, dates, "establishedOn", "dissolvedOn");
            inOrder(i, line, dates, "establishedOn", "abolishedOn");
            inOrder(i, line, dates, "receivedOn", "answeredOn");
            inOrder(i, line, dates, "draftedOn", "adoptedOn");
            inOrder(i, line, dates, "adoptedOn", "publishedOn");
        }
    }

    @Test
    void everyElectionIsOfACommitteeOfAnEarlierLineThatExistedThatDay() {
        Map<String, JsonNode> committeeOn = new HashMap<>();
        int elections = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String type = line.path("type").asText();
            if (type.equals("street-committee")) {
                check(committeeOn.put(line.get("street").asText(), line) == null, i, line,
                        "a second committee of the street, so an election could not name it by street");
            } else if (type.equals("street-committee-election")) {
                elections++;
                JsonNode committee = committeeOn.get(line.get("street").asText());
                if (committee == null) {
                    problem(i, line, "no committee of the street on an earlier line");
                    continue;
                }
                LocalDate heldOn = LocalDate.parse(line.get("heldOn").asText());
                check(!heldOn.isBefore(LocalDate.parse(committee.get("establishedOn").asText())), i, line,
                        "held before the committee was established");
                check(!committee.hasNonNull("dissolvedOn")
                                || !heldOn.isAfter(LocalDate.parse(committee.get("dissolvedOn").asText())), i, line,
                        "held after the committee was dissolved");
            }
        }
        assertThat(elections).as("elections in the file").isPositive();
    }

    @Test
    void organisationsOfEachKindTheReportsCountAreRegisteredAndLiquidatedInBothYears() {
        for (String kind : List.of("party_cell", "ngo", "religious")) {
            for (int year : List.of(2020, 2021)) {
                if (organisations(kind, "registeredOn", year) == 0) {
                    problems.add("no " + kind + " registered in " + year);
                }
                if (organisations(kind, "liquidatedOn", year) == 0) {
                    problems.add("no " + kind + " liquidated in " + year);
                }
            }
            if (lines.stream().noneMatch(line -> isOrganisation(line, kind)
                    && LocalDate.parse(line.get("registeredOn").asText()).getYear() < 2000)) {
                problems.add("no " + kind + " registered in the 1990s");
            }
        }
    }

    @Test
    void everyReplyAnswersADocumentOfTheFileOnTheDayItWasAnswered() {
        Map<String, JsonNode> incoming = new HashMap<>();
        lines.stream().filter(line -> line.path("type").asText().equals("incoming-document"))
                .forEach(line -> incoming.put(line.get("id").asText(), line));
        for (int i = 0; i < lines.size(); i++) {
            JsonNode reply = lines.get(i);
            if (!reply.hasNonNull("inReplyTo")) {
                continue;
            }
            JsonNode answered = incoming.get(reply.get("inReplyTo").asText());
            check(answered != null && answered.path("answeredOn").asText().equals(reply.get("sentOn").asText()),
                    i, reply, "does not reply to a document answered the day it was sent");
        }
    }

    private static boolean isOrganisation(JsonNode line, String kind) {
        return line.path("type").asText().equals("organisation") && line.path("kind").asText().equals(kind);
    }

    private static long organisations(String kind, String dateField, int year) {
        return lines.stream()
                .filter(line -> isOrganisation(line, kind) && line.hasNonNull(dateField))
                .filter(line -> LocalDate.parse(line.get(dateField).asText()).getYear() == year)
                .count();
    }

    private void inOrder(int index, JsonNode line, Map<String, LocalDate> dates, String earlier, String later) {
        if (dates.containsKey(earlier) && dates.containsKey(later)) {
            check(!dates.get(later).isBefore(dates.get(earlier)), index, line, later + " before " + earlier);
        }
    }

    private void check(boolean holds, int index, JsonNode line, String problem) {
        if (!holds) {
            problem(index, line, problem);
        }
    }

    private void problem(int index, JsonNode line, String problem) {
        problems.add("line " + (index + 1) + ": " + problem + ": " + line);
    }
}
