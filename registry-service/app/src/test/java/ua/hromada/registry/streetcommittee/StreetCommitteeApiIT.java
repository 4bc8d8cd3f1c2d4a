package ua.hromada.registry.streetcommittee;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.hromada.registry.record.RegistryApi;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryApi.encode;

/**
 * The register of street committees through real HTTP with real signed tokens: establishment, dissolution,
 * elections, admins' corrections and withdrawals, stale reads, counts as of a day, and the import of committees
 * and of elections naming their committee by street.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedMongo
@WithTestJwtIssuer
class StreetCommitteeApiIT {

    private static final String COMMITTEES = "/api/registry/street-committees";

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Autowired
    private EventStore eventStore;

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    void anEstablishedCommitteeIsReadBackWithItsVersionAsETag() throws Exception {
        String id = uniqueId();
        String street = "вул. Шевченка " + id;

        HttpResponse<String> created = api.post(COMMITTEES, committee(id, street, "2015-03-10"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.body(created).get("id").asText()).isEqualTo(id);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(COMMITTEES + "/" + id));
        JsonNode committee = awaitCommittee(id, view -> true);
        assertThat(committee.get("street").asText()).isEqualTo(street);
        assertThat(committee.get("establishedOn").asText()).isEqualTo("2015-03-10");
        assertThat(committee.get("dissolvedOn").isNull()).isTrue();
        assertThat(committee.get("status").asText()).isEqualTo("active");
        assertThat(committee.get("elections")).isEmpty();
        assertThat(committee.get("version").asLong()).isZero();
        assertThat(api.get(COMMITTEES + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatAnswers200AndOtherContentUnderTheIdIsAConflict() throws Exception {
        String id = uniqueId();
        String request = committee(id, "вул. Миру", "2016-01-01");
        assertThat(api.post(COMMITTEES, request).statusCode()).isEqualTo(201);

        HttpResponse<String> repeated = api.post(COMMITTEES, request);
        HttpResponse<String> conflicting = api.post(COMMITTEES, committee(id, "вул. Садова", "2016-01-01"));

        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(api.body(repeated).get("id").asText()).isEqualTo(id);
        api.assertProblem(conflicting, 409, "id_conflict", "id");
        assertThat(eventStore.readEvents("lysychansk:" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void aClerkDissolvesACommitteeOnceAndTheListFiltersByStatusDatesAndText() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String working = establish("вул. Робоча " + tag, "2019-02-01");
        String dissolved = establish("вул. Розпущена " + tag, "2020-02-01");

        assertThat(post(api.clerk(), dissolved + "/dissolution", "{\"dissolvedOn\":\"2021-05-05\"}").statusCode())
                .isEqualTo(200);
        awaitCommittee(dissolved, view -> view.get("status").asText().equals("dissolved"));
        api.assertProblem(post(api.clerk(), dissolved + "/dissolution", "{\"dissolvedOn\":\"2021-06-06\"}"), 422,
                "already_dissolved", "dissolvedOn");

        assertThat(ids("?text=" + encode(tag))).containsExactlyInAnyOrder(working, dissolved);
        assertThat(ids("?status=dissolved&text=" + encode(tag))).containsExactly(dissolved);
        assertThat(ids("?from=2020-01-01&to=2020-12-31&text=" + encode(tag))).containsExactly(dissolved);
        api.assertProblem(api.get(COMMITTEES + "?from=2021-01-01&to=2020-01-01"), 400,
                "dates_out_of_order", "to");
        api.assertProblem(api.get(COMMITTEES + "?status=sleeping"), 400, "invalid_value", "status");
    }

    @Test
    void electionsAreRecordedByClerksAndCorrectedOrWithdrawnByAdmins() throws Exception {
        String id = establish("вул. Виборна " + UUID.randomUUID(), "2015-03-10");

        HttpResponse<String> elected = post(api.clerk(), id + "/elections",
                "{\"id\":\"e-1\",\"heldOn\":\"2019-04-20\",\"headName\":\"Петренко Ганна\"}");
        HttpResponse<String> repeated = post(api.clerk(), id + "/elections",
                "{\"id\":\"e-1\",\"heldOn\":\"2019-04-20\",\"headName\":\"Петренко Ганна\"}");
        HttpResponse<String> second = post(api.clerk(), id + "/elections", "{\"heldOn\":\"2021-04-24\"}");

        assertThat(elected.statusCode()).as(elected.body()).isEqualTo(201);
        assertThat(api.body(elected).get("id").asText()).isEqualTo("e-1");
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(201);
        String secondId = api.body(second).get("id").asText();
        String correction = "{\"heldOn\":\"2019-04-27\",\"headName\":\"Петренко Галина\",\"reason\":\"протокол\"}";
        api.assertProblem(post(api.clerk(), id + "/elections/e-1/correction", correction), 403, "forbidden");
        api.assertProblem(post(api.clerk(), id + "/elections/" + secondId + "/withdrawal", "{\"reason\":\"двічі\"}"),
                403, "forbidden");
        assertThat(post(api.admin(), id + "/elections/e-1/correction", correction).statusCode()).isEqualTo(200);
        assertThat(post(api.admin(), id + "/elections/" + secondId + "/withdrawal", "{\"reason\":\"двічі\"}")
                .statusCode()).isEqualTo(200);
        api.assertProblem(post(api.admin(), id + "/elections/e-9/correction", correction), 422, "unknown_election",
                "electionId");

        JsonNode committee = awaitCommittee(id, view -> view.get("version").asLong() == 4);
        assertThat(committee.get("elections")).hasSize(2);
        assertThat(committee.get("elections").get(0).get("heldOn").asText()).isEqualTo("2019-04-27");
        assertThat(committee.get("elections").get(0).get("headName").asText()).isEqualTo("Петренко Галина");
        assertThat(committee.get("elections").get(1).get("withdrawn").asBoolean()).isTrue();
        assertThat(committee.get("corrections").asInt()).isEqualTo(1);
    }

    @Test
    void onlyAnAdminCorrectsTheCommitteeAndTheCorrectionShows() throws Exception {
        String id = establish("вул. Помилкова " + UUID.randomUUID(), "2015-03-10");
        String street = "вул. Виправлена " + id;
        String correction = "{\"street\":\"" + street + "\",\"establishedOn\":\"2016-03-10\","
                + "\"reason\":\"дата з рішення\"}";

        api.assertProblem(post(api.clerk(), id + "/correction", correction), 403, "forbidden");
        api.assertProblem(post(api.admin(), id + "/correction", correction.replace("дата з рішення", " ")), 400,
                "validation_failed", "reason");
        assertThat(post(api.admin(), id + "/correction", correction).statusCode()).isEqualTo(200);

        JsonNode corrected = awaitCommittee(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("street").asText()).isEqualTo(street);
        assertThat(corrected.get("establishedOn").asText()).isEqualTo("2016-03-10");
    }

    @Test
    void aWithdrawnCommitteeLeavesTheListStaysReadableAndRefusesChanges() throws Exception {
        String tag = UUID.randomUUID().toString();
        String id = establish("вул. Зайва " + tag, "2015-03-10");

        api.assertProblem(post(api.clerk(), id + "/withdrawal", "{\"reason\":\"внесено двічі\"}"), 403, "forbidden");
        assertThat(post(api.admin(), id + "/withdrawal", "{\"reason\":\"внесено двічі\"}").statusCode()).isEqualTo(200);

        awaitCommittee(id, view -> view.get("status").asText().equals("withdrawn"));
        assertThat(ids("?text=" + encode(tag))).isEmpty();
        assertThat(ids("?status=withdrawn&text=" + encode(tag))).containsExactly(id);
        api.assertProblem(post(api.clerk(), id + "/dissolution", "{\"dissolvedOn\":\"2020-01-01\"}"), 422,
                "record_withdrawn");
    }

    @Test
    void aChangeMadeOnAStaleReadIsAVersionConflict() throws Exception {
        String id = establish("вул. Паралельна " + UUID.randomUUID(), "2015-03-10");
        awaitCommittee(id, view -> true);
        String etag = api.get(COMMITTEES + "/" + id).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> first = postIfMatch(id + "/elections", "{\"id\":\"e-1\",\"heldOn\":\"2019-04-20\"}",
                etag);
        HttpResponse<String> stale = postIfMatch(id + "/dissolution", "{\"dissolvedOn\":\"2021-05-05\"}", etag);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        api.assertProblem(stale, 409, "version_conflict", "If-Match");
        assertThat(awaitCommittee(id, view -> view.get("version").asLong() == 1).get("status").asText())
                .isEqualTo("active");
    }

    @Test
    void anImpossibleDateIs400AndReversedDatesAre422NamingTheField() throws Exception {
        String impossible = uniqueId();

        api.assertProblem(api.post(COMMITTEES, committee(impossible, "вул. Червнева", "2021-06-31")), 400,
                "invalid_value", "establishedOn");
        api.assertProblem(api.post(COMMITTEES, "{\"street\":\"вул. Зворотна\","
                + "\"establishedOn\":\"2021-05-01\",\"dissolvedOn\":\"2021-04-01\"}"), 422, "dates_out_of_order",
                "dissolvedOn");
        api.assertProblem(api.post(COMMITTEES, "{\"establishedOn\":\"2021-05-01\"}"), 400,
                "validation_failed", "street");
        api.assertProblem(api.post(COMMITTEES, committee(uniqueId(), "вул. Завтрашня", "2999-01-01")),
                422, "date_in_future", "establishedOn");
        assertThat(eventStore.readEvents("lysychansk:" + impossible).asStream().count()).isZero();
    }

    @Test
    void anotherCouncilNeitherSeesNorChangesTheCommittee() throws Exception {
        String id = establish("вул. Лисичанська " + UUID.randomUUID(), "2015-03-10");
        awaitCommittee(id, view -> true);
        String nizhynClerk = api.nizhynClerk();

        api.assertProblem(api.getAs(nizhynClerk, COMMITTEES + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.postAs(nizhynClerk, COMMITTEES + "/" + id + "/dissolution",
                "{\"dissolvedOn\":\"2021-05-05\"}"), 404, "not_found");
        assertThat(api.body(api.getAs(nizhynClerk, COMMITTEES + "?size=100")).get("items").findValuesAsText("id"))
                .doesNotContain(id);
        api.assertProblem(api.get(COMMITTEES + "/" + UUID.randomUUID()), 404, "not_found", "id");
    }

    @Test
    void anAuditorReadsButCannotRecord() throws Exception {
        String auditor = api.auditor();

        assertThat(api.getAs(auditor, COMMITTEES).statusCode()).isEqualTo(200);
        api.assertProblem(api.postAs(auditor, COMMITTEES, committee(uniqueId(), "вул. Аудиторська", "2015-03-10")),
                403, "forbidden");
    }

    @Test
    void theCountAsOfADayFollowsEstablishmentsDissolutionsAndWithdrawals() throws Exception {
        awaitEverythingEarlierProjected();
        long in2019 = count("2019-12-31");
        long beforeTheDissolution = count("2021-11-29");
        long atTheEndOf2021 = count("2021-12-31");
        String first = establish("вул. Перша " + UUID.randomUUID(), "2019-01-15");
        String second = establish("вул. Друга " + UUID.randomUUID(), "2021-07-01");
        post(api.clerk(), second + "/dissolution", "{\"dissolvedOn\":\"2021-11-30\"}");

        awaitCount("2019-12-31", in2019 + 1);
        awaitCount("2021-11-29", beforeTheDissolution + 2);
        awaitCount("2021-12-31", atTheEndOf2021 + 1);
        assertThat(post(api.admin(), first + "/withdrawal", "{\"reason\":\"внесено помилково\"}").statusCode())
                .isEqualTo(200);
        awaitCount("2021-12-31", atTheEndOf2021);
        awaitCount("2019-12-31", in2019);
        assertThat(api.body(api.get(COMMITTEES + "/count")).get("asOf").asText()).isNotBlank();
    }

    @Test
    void anImportRecordsCommitteesAndElectionsNamingTheirStreetAndNamesEachBadLine() throws Exception {
        String committeeId = uniqueId();
        String street = "вул. Імпортна " + committeeId;
        String ndjson = String.join("\n",
                "{\"type\":\"street-committee\",\"id\":\"" + committeeId + "\",\"street\":\"" + street
                        + "\",\"establishedOn\":\"2015-03-10\"}",
                "{\"type\":\"street-committee-election\",\"id\":\"e-1\",\"street\":\"" + street.toUpperCase()
                        + "\",\"heldOn\":\"2019-04-20\",\"headName\":\"Петренко Ганна\"}",
                "{\"type\":\"street-committee-election\",\"id\":\"e-2\",\"streetCommitteeId\":\"" + committeeId
                        + "\",\"heldOn\":\"2021-04-24\"}",
                "{\"type\":\"street-committee-election\",\"id\":\"e-3\",\"street\":\"вул. Невідома "
                        + UUID.randomUUID() + "\",\"heldOn\":\"2019-04-20\"}",
                "{\"type\":\"street-committee\",\"id\":\"" + uniqueId() + "\",\"street\":\"вул. Червнева\","
                        + "\"establishedOn\":\"2021-06-31\"}",
                "{\"type\":\"street-committee-election\",\"id\":\"e-4\",\"heldOn\":\"2019-04-20\"}");

        HttpResponse<String> response = api.importAs(api.clerk(), ndjson);

        JsonNode result = api.assertImported(response, 3, 3);
        List<String> rejections = new ArrayList<>();
        result.get("rejections").forEach(rejection -> rejections.add(rejection.get("line").asLong() + " "
                + rejection.get("type").asText() + " " + rejection.get("code").asText() + " "
                + rejection.get("field").asText()));
        assertThat(rejections).containsExactly(
                "4 street-committee-election unknown_street_committee street",
                "5 street-committee invalid_value establishedOn",
                "6 street-committee-election required street");
        JsonNode committee = awaitCommittee(committeeId, view -> view.get("elections").size() == 2);
        assertThat(committee.get("elections").findValuesAsText("electionId")).containsExactly("e-1", "e-2");
    }

    @Test
    void theLookupIsKeptByTheRecordingCommandAndTheDirectoryFollowsTheEventStore() {
        assertThat(eventProcessing.eventProcessor("street-committee-lookup", SubscribingEventProcessor.class))
                .as("an import line must find what an earlier line recorded").isPresent();
        assertThat(eventProcessing.eventProcessor("street-committee-directory", StreamingEventProcessor.class)).isPresent();
    }

    private String establish(String street, String establishedOn) throws Exception {
        return api.create(COMMITTEES, committee(uniqueId(), street, establishedOn));
    }

    private List<String> ids(String query) throws Exception {
        return api.ids(COMMITTEES + query);
    }

    /** The directory applies events in order: once a new record shows, every earlier change shows too. */
    private void awaitEverythingEarlierProjected() throws Exception {
        awaitCommittee(establish("вул. Позначка " + UUID.randomUUID(), "2010-01-01"), view -> true);
    }

    private long count(String asOf) throws Exception {
        return api.countAs(api.clerk(), COMMITTEES + "/count?asOf=" + asOf);
    }

    private void awaitCount(String asOf, long expected) {
        api.eventually(() -> assertThat(count(asOf)).as("as of " + asOf).isEqualTo(expected));
    }

    private JsonNode awaitCommittee(String id, Predicate<JsonNode> condition) {
        return api.await(COMMITTEES + "/" + id, condition);
    }

    private HttpResponse<String> post(String token, String path, String body) throws Exception {
        return api.postAs(token, COMMITTEES + "/" + path, body);
    }

    private HttpResponse<String> postIfMatch(String path, String body, String ifMatch) throws Exception {
        return api.post(COMMITTEES + "/" + path, body, "If-Match", ifMatch);
    }

    private static String committee(String id, String street, String establishedOn) {
        return "{\"id\":\"" + id + "\",\"street\":\"" + street + "\",\"establishedOn\":\"" + establishedOn + "\"}";
    }

    private static String uniqueId() {
        return RegistryApi.uniqueId("sc");
    }
}
