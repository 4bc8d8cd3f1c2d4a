package ua.hromada.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.acceptance.GatewayClient.ApiResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.acceptance.ApiAssertions.assertProblem;

/**
 * Councils sharing one deployment never see each other's records: the council comes from the token's
 * {@code tenant} claim alone, whatever id a caller sends.
 */
class CouncilSeparationIT {

    private static AcceptanceStack stack;
    private static GatewayClient gateway;

    @BeforeAll
    static void startStack() {
        stack = AcceptanceStack.shared();
        gateway = new GatewayClient(stack.gatewayUrl());
    }

    @Test
    void aClerkCannotSeeAnotherCouncilsOrganisationEvenWithItsId() {
        String lysychanskClerk = stack.tokenOf("lysychansk-clerk");
        String id = Organisations.uniqueId();
        ApiResponse registered = gateway.post(Organisations.PATH, lysychanskClerk,
                Organisations.registration(id, "party_cell", "Лисичанська партійна організація", "2015-10-01"));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        gateway.awaitFound(Organisations.path(id), lysychanskClerk);
        String nizhynClerk = stack.tokenOf("nizhyn-clerk");

        // 404 rather than 403: a refusal would tell another council that the record exists
        assertProblem(gateway.get(Organisations.path(id), nizhynClerk), 404, "not_found");
        assertProblem(gateway.get(Organisations.path("lysychansk:" + id), nizhynClerk), 404, "not_found");
        ApiResponse nizhynsList = gateway.get(Organisations.PATH + "?size=100", nizhynClerk);
        assertThat(nizhynsList.status()).as("%s", nizhynsList).isEqualTo(200);
        assertThat(nizhynsList.json().get("items").findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void theSameClientChosenIdInTwoCouncilsStaysTwoRecords() {
        String lysychanskClerk = stack.tokenOf("lysychansk-clerk");
        String nizhynClerk = stack.tokenOf("nizhyn-clerk");
        String id = Organisations.uniqueId();

        ApiResponse inLysychansk = gateway.post(Organisations.PATH, lysychanskClerk,
                Organisations.registration(id, "ngo", "ГО «Лисичанські ініціативи»", "2019-05-14"));
        ApiResponse inNizhyn = gateway.post(Organisations.PATH, nizhynClerk,
                Organisations.registration(id, "ngo", "ГО «Ніжинські ініціативи»", "2019-05-14"));

        assertThat(inLysychansk.status()).as("%s", inLysychansk).isEqualTo(201);
        assertThat(inNizhyn.status()).as("a new record in Nizhyn, not a repeat of Lysychansk's: %s", inNizhyn)
                .isEqualTo(201);
        assertThat(gateway.awaitFound(Organisations.path(id), lysychanskClerk).json().get("name").asText())
                .isEqualTo("ГО «Лисичанські ініціативи»");
        assertThat(gateway.awaitFound(Organisations.path(id), nizhynClerk).json().get("name").asText())
                .isEqualTo("ГО «Ніжинські ініціативи»");
    }

    @Test
    void aPlatformAdminReadsNoCouncilsRecords() {
        String platformAdmin = stack.tokenOf("platform-admin");

        assertProblem(gateway.get(Organisations.PATH, platformAdmin), 403, "tenant_missing");
    }
}
