package ua.hromada.registry.commission;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.hromada.registry.api.commission.AwardPetitionConsideredEvent;
import ua.hromada.registry.api.commission.AwardPetitionDecidedEvent;
import ua.hromada.registry.api.commission.AwardPetitionOutcome;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.SubmitAwardPetitionToCommissionCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.record.RegistryApi;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.jwt.WithTestJwtIssuer;
import ua.hromada.web.problem.RejectedException;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.hromada.registry.record.RegistryApi.encode;

/**
 * The register of commissions through real HTTP with real signed tokens: establishment, abolition, members,
 * meetings and their decisions, admins' corrections and withdrawals, stale reads, counts as of a day, the import of
 * commissions and of meetings naming their commission, and the awards commission's side of the petition process.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedMongo
@WithTestJwtIssuer
class CommissionApiIT {

    private static final String COMMISSIONS = "/api/registry/commissions";

    @LocalServerPort
    private int port;

    private final RegistryApi api = new RegistryApi(() -> port);

    @Autowired
    private EventStore eventStore;

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Autowired
    private CommandGateway commandGateway;

    @Test
    void anEstablishedCommissionIsReadBackWithItsVersionAsETag() throws Exception {
        String id = uniqueId();
        String name = "Комісія з питань перейменування " + id;

        HttpResponse<String> created = api.post(COMMISSIONS, commission(id, name, "commission",
                "2018-02-01", "renaming").replace("}", ",\"basis\":\"розпорядження № 12\"}"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.body(created).get("id").asText()).isEqualTo(id);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(COMMISSIONS + "/" + id));
        JsonNode commission = awaitCommission(id, view -> true);
        assertThat(commission.get("name").asText()).isEqualTo(name);
        assertThat(commission.get("kind").asText()).isEqualTo("commission");
        assertThat(commission.get("purpose").asText()).isEqualTo("renaming");
        assertThat(commission.get("basis").asText()).isEqualTo("розпорядження № 12");
        assertThat(commission.get("establishedOn").asText()).isEqualTo("2018-02-01");
        assertThat(commission.get("status").asText()).isEqualTo("active");
        assertThat(commission.get("members")).isEmpty();
        assertThat(commission.get("meetings")).isEmpty();
        assertThat(commission.get("pendingAwardPetitions")).isEmpty();
        assertThat(api.get(COMMISSIONS + "/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void anIdenticalRepeatAnswers200AndOtherContentUnderTheIdIsAConflict() throws Exception {
        String id = uniqueId();
        String request = commission(id, "Робоча група " + id, "working_group", "2019-01-01", "budget");
        assertThat(api.post(COMMISSIONS, request).statusCode()).isEqualTo(201);

        HttpResponse<String> repeated = api.post(COMMISSIONS, request);
        HttpResponse<String> conflicting = api.post(COMMISSIONS, request.replace("budget", "veterans"));

        assertThat(repeated.statusCode()).isEqualTo(200);
        api.assertProblem(conflicting, 409, "id_conflict", "id");
        assertThat(eventStore.readEvents("lysychansk:" + id).asStream().count()).isEqualTo(1);
    }

    @Test
    void aClerkAbolishesACommissionOnceAndTheListFiltersByKindStatusDatesAndText() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String group = establish("Робоча група " + tag, "working_group", "2019-02-01", "other");
        String council = establish("Координаційна рада " + tag, "coordination_council", "2020-02-01", "veterans");

        assertThat(post(api.clerk(), council + "/abolition", "{\"abolishedOn\":\"2021-05-05\"}").statusCode())
                .isEqualTo(200);
        awaitCommission(council, view -> view.get("status").asText().equals("abolished"));
        api.assertProblem(post(api.clerk(), council + "/abolition", "{\"abolishedOn\":\"2021-06-06\"}"), 422,
                "already_abolished", "abolishedOn");

        assertThat(ids("?text=" + encode(tag))).containsExactlyInAnyOrder(group, council);
        assertThat(ids("?kind=working_group&text=" + encode(tag))).containsExactly(group);
        assertThat(ids("?status=abolished&text=" + encode(tag))).containsExactly(council);
        assertThat(ids("?from=2020-01-01&to=2020-12-31&text=" + encode(tag))).containsExactly(council);
        api.assertProblem(api.get(COMMISSIONS + "?kind=club"), 400, "invalid_value", "kind");
    }

    @Test
    void clerksRecordMembersMeetingsAndDecisions() throws Exception {
        String id = establish("Комісія з питань бюджету " + UUID.randomUUID(), "commission", "2018-02-01", "budget");

        assertThat(post(api.clerk(), id + "/members", "{\"name\":\"Іваненко Іван\",\"position\":\"голова комісії\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post(api.clerk(), id + "/members", "{\"name\":\"Сидоренко Марія\"}").statusCode()).isEqualTo(200);
        api.assertProblem(post(api.clerk(), id + "/members", "{\"name\":\"іваненко  іван\"}"), 409, "member_exists",
                "name");
        assertThat(post(api.clerk(), id + "/members/removal", "{\"name\":\"Сидоренко Марія\"}").statusCode())
                .isEqualTo(200);
        api.assertProblem(post(api.clerk(), id + "/members/removal", "{\"name\":\"Хтось Інший\"}"), 422, "not_a_member",
                "name");
        String meeting = "{\"id\":\"m-1\",\"heldOn\":\"2021-03-15\",\"agenda\":["
                + "{\"itemId\":\"1\",\"title\":\"Про бюджет на 2022 рік\"},"
                + "{\"itemId\":\"2\",\"title\":\"Різне\",\"decision\":\"Взяти до відома\"}]}";
        HttpResponse<String> held = post(api.clerk(), id + "/meetings", meeting);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        assertThat(api.body(held).get("id").asText()).isEqualTo("m-1");
        assertThat(post(api.clerk(), id + "/meetings", meeting).statusCode()).isEqualTo(200);
        api.assertProblem(post(api.clerk(), id + "/meetings",
                "{\"heldOn\":\"2021-03-15\",\"agenda\":[{\"itemId\":\"1\"}]}"), 400, "validation_failed",
                "agenda[0].title");
        assertThat(post(api.clerk(), id + "/meetings/m-1/decisions", "{\"itemId\":\"1\",\"decision\":\"Схвалити\"}")
                .statusCode()).isEqualTo(200);
        api.assertProblem(post(api.clerk(), id + "/meetings/m-9/decisions", "{\"itemId\":\"1\",\"decision\":\"Так\"}"),
                422, "unknown_meeting", "meetingId");

        JsonNode commission = awaitCommission(id, view -> view.get("version").asLong() == 5);
        assertThat(commission.get("members").findValuesAsText("name")).containsExactly("Іваненко Іван");
        assertThat(commission.get("members").get(0).get("position").asText()).isEqualTo("голова комісії");
        JsonNode recorded = commission.get("meetings").get(0);
        assertThat(recorded.get("meetingId").asText()).isEqualTo("m-1");
        assertThat(recorded.get("heldOn").asText()).isEqualTo("2021-03-15");
        assertThat(recorded.get("agenda").findValuesAsText("decision")).containsExactly("Схвалити",
                "Взяти до відома");
    }

    @Test
    void onlyAnAdminCorrectsOrWithdrawsAndAWithdrawnCommissionLeavesTheList() throws Exception {
        String tag = UUID.randomUUID().toString();
        String id = establish("Комісія " + tag, "commission", "2018-02-01", "other");
        String correction = "{\"name\":\"Комісія " + tag + "\",\"kind\":\"working_group\","
                + "\"establishedOn\":\"2018-03-01\",\"purpose\":\"veterans\",\"reason\":\"вид з розпорядження\"}";

        api.assertProblem(post(api.clerk(), id + "/correction", correction), 403, "forbidden");
        assertThat(post(api.admin(), id + "/correction", correction).statusCode()).isEqualTo(200);
        JsonNode corrected = awaitCommission(id, view -> view.get("corrections").asInt() == 1);
        assertThat(corrected.get("kind").asText()).isEqualTo("working_group");
        assertThat(corrected.get("purpose").asText()).isEqualTo("veterans");

        api.assertProblem(post(api.clerk(), id + "/withdrawal", "{\"reason\":\"внесено двічі\"}"), 403, "forbidden");
        assertThat(post(api.admin(), id + "/withdrawal", "{\"reason\":\"внесено двічі\"}").statusCode()).isEqualTo(200);
        awaitCommission(id, view -> view.get("status").asText().equals("withdrawn"));
        assertThat(ids("?text=" + encode(tag))).isEmpty();
        assertThat(ids("?status=withdrawn&text=" + encode(tag))).containsExactly(id);
        api.assertProblem(post(api.clerk(), id + "/members", "{\"name\":\"Іваненко Іван\"}"), 422, "record_withdrawn");
    }

    @Test
    void aChangeMadeOnAStaleReadIsAVersionConflict() throws Exception {
        String id = establish("Комісія " + UUID.randomUUID(), "commission", "2018-02-01", "other");
        awaitCommission(id, view -> true);
        String etag = api.get(COMMISSIONS + "/" + id).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> first = postIfMatch(id + "/members", "{\"name\":\"Іваненко Іван\"}", etag);
        HttpResponse<String> stale = postIfMatch(id + "/abolition", "{\"abolishedOn\":\"2021-05-05\"}", etag);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        api.assertProblem(stale, 409, "version_conflict", "If-Match");
        assertThat(awaitCommission(id, view -> view.get("version").asLong() == 1).get("status").asText())
                .isEqualTo("active");
    }

    @Test
    void anImpossibleDateIs400AndReversedDatesAre422NamingTheField() throws Exception {
        String impossible = uniqueId();

        api.assertProblem(api.post(COMMISSIONS, commission(impossible, "Комісія", "commission",
                "2021-06-31", "other")), 400, "invalid_value", "establishedOn");
        api.assertProblem(api.post(COMMISSIONS, "{\"name\":\"Комісія\",\"kind\":\"commission\","
                + "\"establishedOn\":\"2021-05-01\",\"abolishedOn\":\"2021-04-01\"}"), 422, "dates_out_of_order",
                "abolishedOn");
        api.assertProblem(api.post(COMMISSIONS, "{\"name\":\"Комісія\",\"establishedOn\":\"2021-05-01\"}"),
                400, "validation_failed", "kind");
        assertThat(eventStore.readEvents("lysychansk:" + impossible).asStream().count()).isZero();
    }

    @Test
    void anotherCouncilNeitherSeesNorChangesTheCommission() throws Exception {
        String id = establish("Комісія " + UUID.randomUUID(), "commission", "2018-02-01", "other");
        awaitCommission(id, view -> true);
        String nizhynClerk = api.nizhynClerk();

        api.assertProblem(api.getAs(nizhynClerk, COMMISSIONS + "/" + id), 404, "not_found", "id");
        api.assertProblem(api.postAs(nizhynClerk, COMMISSIONS + "/" + id + "/members", "{\"name\":\"Іван\"}"), 404,
                "not_found");
        assertThat(api.body(api.getAs(nizhynClerk, COMMISSIONS + "?size=100")).get("items").findValuesAsText("id"))
                .doesNotContain(id);
    }

    @Test
    void theCountAsOfADayByKindFollowsEstablishmentsAbolitionsAndWithdrawals() throws Exception {
        awaitEverythingEarlierProjected();
        long groupsIn2019 = count("working_group", "2019-12-31");
        long groupsBeforeTheAbolition = count("working_group", "2021-11-29");
        long groupsAtTheEndOf2021 = count("working_group", "2021-12-31");
        long allAtTheEndOf2021 = count(null, "2021-12-31");
        String first = establish("Робоча група " + UUID.randomUUID(), "working_group", "2019-01-15", "other");
        String second = establish("Робоча група " + UUID.randomUUID(), "working_group", "2021-07-01", "other");
        post(api.clerk(), second + "/abolition", "{\"abolishedOn\":\"2021-11-30\"}");

        awaitCount("working_group", "2019-12-31", groupsIn2019 + 1);
        awaitCount("working_group", "2021-11-29", groupsBeforeTheAbolition + 2);
        awaitCount("working_group", "2021-12-31", groupsAtTheEndOf2021 + 1);
        awaitCount(null, "2021-12-31", allAtTheEndOf2021 + 1);
        assertThat(post(api.admin(), first + "/withdrawal", "{\"reason\":\"внесено помилково\"}").statusCode())
                .isEqualTo(200);
        awaitCount("working_group", "2021-12-31", groupsAtTheEndOf2021);
        api.assertProblem(api.get(COMMISSIONS + "/count?kind=club"), 400, "invalid_value", "kind");
    }

    @Test
    void anImportRecordsCommissionsAndMeetingsNamingTheirCommissionAndNamesEachBadLine() throws Exception {
        String id = uniqueId();
        String name = "Комісія з питань ветеранів " + id;
        String ndjson = String.join("\n",
                "{\"type\":\"commission\"," + commission(id, name, "commission", "2018-02-01", "veterans")
                        .substring(1),
                "{\"type\":\"commission-meeting\",\"id\":\"m-1\",\"commission\":\"" + name.toUpperCase()
                        + "\",\"heldOn\":\"2021-03-15\",\"agenda\":[{\"itemId\":\"1\",\"title\":\"Про план\"}]}",
                "{\"type\":\"commission-meeting\",\"id\":\"m-2\",\"commission\":\"" + id
                        + "\",\"heldOn\":\"2021-04-15\"}",
                "{\"type\":\"commission-meeting\",\"id\":\"m-3\",\"commission\":\"Невідома комісія "
                        + UUID.randomUUID() + "\",\"heldOn\":\"2021-03-15\"}",
                "{\"type\":\"commission\"," + commission(uniqueId(), "Комісія", "commission", "2021-06-31", "other")
                        .substring(1),
                "{\"type\":\"commission-meeting\",\"id\":\"m-4\",\"commission\":\"" + id
                        + "\",\"heldOn\":\"2021-05-15\",\"agenda\":[{\"itemId\":\"1\"}]}");

        HttpResponse<String> response = api.importAs(api.clerk(), ndjson);

        JsonNode result = api.assertImported(response, 3, 3);
        List<String> rejections = new ArrayList<>();
        result.get("rejections").forEach(rejection -> rejections.add(rejection.get("line").asLong() + " "
                + rejection.get("type").asText() + " " + rejection.get("code").asText() + " "
                + rejection.get("field").asText()));
        assertThat(rejections).containsExactly(
                "4 commission-meeting unknown_commission commission",
                "5 commission invalid_value establishedOn",
                "6 commission-meeting required agenda[0].title");
        JsonNode commission = awaitCommission(id, view -> view.get("meetings").size() == 2);
        assertThat(commission.get("meetings").findValuesAsText("meetingId")).containsExactly("m-1", "m-2");
    }

    @Test
    void theAwardsCommissionTakesUpASubmittedPetitionAtItsMeetingAndDecidesIt() throws Exception {
        String id = establish("Комісія з питань нагородження " + UUID.randomUUID(), "commission", "2021-01-01",
                "awards");
        String petitionId = "p-" + UUID.randomUUID();
        awaitCommission(id, view -> true);

        Object outcome = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new SubmitAwardPetitionToCommissionCommand(petitionId, "Петренко Ганна", "honorary_gramota",
                                LocalDate.of(2021, 3, 1)))
                .andMetaData(MetaData.with("tenant", "lysychansk")));

        assertThat(outcome).isEqualTo(CreationOutcome.CREATED);
        JsonNode waiting = awaitCommission(id, view -> view.get("pendingAwardPetitions").size() == 1);
        assertThat(waiting.get("pendingAwardPetitions").get(0).get("petitionId").asText()).isEqualTo(petitionId);

        HttpResponse<String> held = post(api.clerk(), id + "/meetings", "{\"id\":\"m-1\",\"heldOn\":\"2021-03-15\","
                + "\"agenda\":[{\"itemId\":\"1\",\"title\":\"Про відзначення до Дня міста\"}]}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        HttpResponse<String> decided = post(api.clerk(), id + "/award-petitions/" + petitionId + "/decision",
                "{\"outcome\":\"approved\",\"decidedOn\":\"2021-03-15\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents("lysychansk:" + id).asStream().toList();
        List<Object> payloads = events.stream().<Object>map(DomainEventMessage::getPayload).toList();
        assertThat(payloads)
                .contains(new AwardPetitionConsideredEvent(CommissionId.of("lysychansk:" + id), "m-1", petitionId,
                        LocalDate.of(2021, 3, 15)))
                .last().isInstanceOfSatisfying(AwardPetitionDecidedEvent.class, decision -> {
                    assertThat(decision.petitionId()).isEqualTo(petitionId);
                    assertThat(decision.meetingId()).isEqualTo("m-1");
                    assertThat(decision.outcome()).isEqualTo(AwardPetitionOutcome.APPROVED);
                });
        assertThat(events.get(events.size() - 1).getMetaData()).containsEntry("tenant", "lysychansk")
                .containsEntry("user", "lysychansk-clerk");
        JsonNode commission = awaitCommission(id, view -> view.get("meetings").size() == 1
                && view.get("meetings").get(0).get("awardPetitions").get(0).get("outcome").asText()
                .equals("approved"));
        assertThat(commission.get("pendingAwardPetitions")).isEmpty();
    }

    @Test
    void aCouncilWithoutAnAwardsCommissionRefusesASubmittedPetition() {
        assertThatThrownBy(() -> commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new SubmitAwardPetitionToCommissionCommand("p-" + UUID.randomUUID(), "Петренко Ганна",
                                "honorary_gramota", LocalDate.of(2021, 3, 1)))
                .andMetaData(MetaData.with("tenant", "kehychiv"))))
                .isInstanceOfSatisfying(RejectedException.class,
                        rejected -> assertThat(rejected.code()).isEqualTo("no_awards_commission"));
    }

    @Test
    void theLookupIsKeptByTheRecordingCommandAndTheDirectoryFollowsTheEventStore() {
        assertThat(eventProcessing.eventProcessor("commission-lookup", SubscribingEventProcessor.class))
                .as("an import line must find what an earlier line recorded").isPresent();
        assertThat(eventProcessing.eventProcessor("commission-directory", StreamingEventProcessor.class)).isPresent();
    }

    private String establish(String name, String kind, String establishedOn, String purpose) throws Exception {
        return api.create(COMMISSIONS, commission(uniqueId(), name, kind, establishedOn, purpose));
    }

    private List<String> ids(String query) throws Exception {
        return api.ids(COMMISSIONS + query);
    }

    /** The directory applies events in order: once a new record shows, every earlier change shows too. */
    private void awaitEverythingEarlierProjected() throws Exception {
        awaitCommission(establish("Позначка " + UUID.randomUUID(), "commission", "2010-01-01", "other"), view -> true);
    }

    private long count(String kind, String asOf) throws Exception {
        return api.countAs(api.clerk(), COMMISSIONS + "/count?asOf=" + asOf + (kind == null ? "" : "&kind=" + kind));
    }

    private void awaitCount(String kind, String asOf, long expected) {
        api.eventually(() -> assertThat(count(kind, asOf)).as(kind + " as of " + asOf).isEqualTo(expected));
    }

    private JsonNode awaitCommission(String id, Predicate<JsonNode> condition) {
        return api.await(COMMISSIONS + "/" + id, condition);
    }

    private HttpResponse<String> post(String token, String path, String body) throws Exception {
        return api.postAs(token, COMMISSIONS + "/" + path, body);
    }

    private HttpResponse<String> postIfMatch(String path, String body, String ifMatch) throws Exception {
        return api.post(COMMISSIONS + "/" + path, body, "If-Match", ifMatch);
    }

    private static String commission(String id, String name, String kind, String establishedOn, String purpose) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"establishedOn\":\""
                + establishedOn + "\",\"purpose\":\"" + purpose + "\"}";
    }

    private static String uniqueId() {
        return RegistryApi.uniqueId("c");
    }
}
