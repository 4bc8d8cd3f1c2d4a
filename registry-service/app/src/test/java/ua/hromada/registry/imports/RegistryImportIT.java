package ua.hromada.registry.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.hromada.registry.record.RegistryApi;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.registry.record.RegistryApi.IMPORTS;
import static ua.hromada.registry.record.RegistryApi.encode;

/**
 * {@code POST /api/registry/imports} through real HTTP: a file of good and bad lines records the good ones and names
 * the bad ones by line and field, storing nothing of them; sending the file again records nothing twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedMongo
@WithTestJwtIssuer
class RegistryImportIT {

    private static final String ORGANISATIONS = "/api/registry/organisations";

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Autowired
    private EventStore eventStore;

    @Test
    void aMixedFileRecordsTheGoodLinesAndNamesEachBadOneByLineAndField() throws Exception {
        String good = "org-" + UUID.randomUUID();
        String impossibleDate = "org-" + UUID.randomUUID();
        String reversed = "org-" + UUID.randomUUID();
        String ndjson = String.join("\n",
                line("organisation", good, "\"kind\":\"ngo\",\"name\":\"Світанок\",\"registeredOn\":\"2019-05-14\""),
                line("organisation", impossibleDate,
                        "\"kind\":\"ngo\",\"name\":\"Схід\",\"registeredOn\":\"2021-06-31\""),
                "{\"type\":\"spaceship\",\"id\":\"x-1\"}",
                "{\"type\":\"organisation\", \"kind\": ",
                line("organisation", "org-" + UUID.randomUUID(), "\"kind\":\"ngo\",\"registeredOn\":\"2019-05-14\""),
                line("organisation", "org-" + UUID.randomUUID(),
                        "\"kind\":\"ngo\",\"name\":\"Б\",\"registeredOn\":\"2019-05-14\",\"colour\":\"red\""),
                line("organisation", "org-" + UUID.randomUUID(),
                        "\"kind\":\"ngo\",\"name\":{\"$gt\":\"\"},\"registeredOn\":\"2019-05-14\""),
                line("organisation", reversed, "\"kind\":\"ngo\",\"name\":\"В\",\"registeredOn\":\"2019-05-14\","
                        + "\"liquidatedOn\":\"2019-05-01\""),
                "{\"kind\":\"ngo\"}",
                "",
                "[1,2]",
                line("organisation", "org-" + UUID.randomUUID(),
                        "\"kind\":\"club\",\"name\":\"Г\",\"registeredOn\":\"2019-05-14\""));

        JsonNode result = importAsClerk(ndjson);

        assertThat(result.get("status").asText()).isEqualTo("completed");
        assertThat(result.get("lines").asLong()).isEqualTo(11);
        assertThat(result.get("accepted").asLong()).isEqualTo(1);
        assertThat(result.get("created").asLong()).isEqualTo(1);
        assertThat(result.get("rejected").asLong()).isEqualTo(10);
        assertThat(rejections(result)).containsExactly(
                "2 invalid_value registeredOn",
                "3 unknown_type type",
                "4 malformed_json null",
                "5 required name",
                "6 unknown_field colour",
                "7 invalid_value name",
                "8 dates_out_of_order liquidatedOn",
                "9 required type",
                "11 invalid_value null",
                "12 invalid_value kind");
        assertThat(result.get("rejections").get(0).get("reason").asText())
                .contains("registeredOn").contains("2021-06-31");
        assertThat(result.get("rejections").get(0).get("id").asText()).isEqualTo(impossibleDate);
        assertThat(eventStore.readEvents("lysychansk:" + impossibleDate).asStream().count()).isZero();
        assertThat(eventStore.readEvents("lysychansk:" + reversed).asStream().count()).isZero();
        assertThat(eventStore.readEvents("lysychansk:" + good).asStream().count()).isEqualTo(1);
        awaitOrganisation(good);
    }

    @Test
    void sendingTheSameFileAgainRecordsNothingTwiceEvenForLinesWithoutIds() throws Exception {
        String name = "Клуб " + UUID.randomUUID();
        String withoutId = "{\"type\":\"organisation\",\"kind\":\"other\",\"name\":\"" + name
                + "\",\"registeredOn\":\"2020-02-02\"}";
        String ndjson = withoutId + "\n" + withoutId + "\n"
                + line("organisation", "org-" + UUID.randomUUID(),
                "\"kind\":\"charity\",\"name\":\"Надія\",\"registeredOn\":\"2018-01-01\"") + "\n";

        JsonNode first = importAsClerk(ndjson);
        JsonNode second = importAsClerk(ndjson);

        assertThat(first.get("created").asLong()).as("two identical lines are two records").isEqualTo(3);
        assertThat(second.get("created").asLong()).isZero();
        assertThat(second.get("alreadyRecorded").asLong()).isEqualTo(3);
        api.eventually(() -> assertThat(api.body(api.get(ORGANISATIONS + "?text=" + encode(name))).get("total")
                .asLong()).isEqualTo(2));
    }

    @Test
    void anIdReusedWithOtherContentIsRejectedAndTheRecordKeepsItsFirstContent() throws Exception {
        String id = "org-" + UUID.randomUUID();
        importAsClerk(line("organisation", id, "\"kind\":\"ngo\",\"name\":\"Перша\",\"registeredOn\":\"2019-05-14\""));

        JsonNode result = importAsClerk(line("organisation", id,
                "\"kind\":\"ngo\",\"name\":\"Друга\",\"registeredOn\":\"2019-05-14\""));

        assertThat(rejections(result)).containsExactly("1 id_conflict id");
        assertThat(awaitOrganisation(id).get("name").asText()).isEqualTo("Перша");
    }

    @Test
    void aLargeFileIsStreamedAndEveryLineRecorded() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        String ndjson = IntStream.rangeClosed(1, 2_000)
                .mapToObj(i -> line("organisation", "bulk-" + batch + "-" + i, "\"kind\":\"ngo\",\"name\":\"Організація "
                        + i + "\",\"registeredOn\":\"2020-01-" + String.format("%02d", i % 28 + 1) + "\""))
                .collect(Collectors.joining("\n"));

        JsonNode result = importAsClerk(ndjson);

        assertThat(result.get("created").asLong()).isEqualTo(2_000);
        assertThat(result.get("rejected").asLong()).isZero();
        assertThat(result.get("linesPerSecond").asDouble()).isPositive();
        HttpResponse<String> recent = api.get(IMPORTS);
        assertThat(recent.statusCode()).isEqualTo(200);
        assertThat(api.body(recent).findValuesAsText("importId")).contains(result.get("importId").asText());
        assertThat(api.body(api.get(IMPORTS + "/" + result.get("importId").asText())).get("created")
                .asLong()).isEqualTo(2_000);
    }

    @Test
    void anotherCouncilSeesNeitherTheImportedRecordsNorTheImport() throws Exception {
        String id = "org-" + UUID.randomUUID();
        JsonNode result = importAsClerk(line("organisation", id,
                "\"kind\":\"ngo\",\"name\":\"Лисичанська\",\"registeredOn\":\"2019-05-14\""));
        awaitOrganisation(id);

        String nizhyn = api.nizhynClerk();
        api.assertProblem(api.getAs(nizhyn, ORGANISATIONS + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.getAs(nizhyn, IMPORTS + "/" + result.get("importId").asText()), 404, "not_found", "id");
    }

    @Test
    void anAuditorMayNotImportAndAnEmptyFileIsRefused() throws Exception {
        String auditor = api.auditor();
        api.assertProblem(api.importAs(auditor, line("organisation", "org-a",
                "\"kind\":\"ngo\",\"name\":\"А\",\"registeredOn\":\"2019-05-14\"")), 403, "forbidden");
        api.assertProblem(api.importAs(api.clerk(), ""), 400, "empty_import");
    }

    private JsonNode importAsClerk(String ndjson) throws Exception {
        HttpResponse<String> response = api.importAs(api.clerk(), ndjson);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.body(response);
    }

    private JsonNode awaitOrganisation(String id) {
        return api.await(ORGANISATIONS + "/" + id, organisation -> true);
    }

    private static List<String> rejections(JsonNode result) {
        return java.util.stream.StreamSupport.stream(result.get("rejections").spliterator(), false)
                .map(rejection -> rejection.get("line").asLong() + " " + rejection.get("code").asText() + " "
                        + (rejection.get("field").isNull() ? "null" : rejection.get("field").asText()))
                .toList();
    }

    private static String line(String type, String id, String fields) {
        return "{\"type\":\"" + type + "\",\"id\":\"" + id + "\"," + fields + "}";
    }
}
