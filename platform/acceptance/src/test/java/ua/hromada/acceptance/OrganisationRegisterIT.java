package ua.hromada.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.acceptance.GatewayClient.ApiResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.acceptance.ApiAssertions.assertProblem;

/** A council's staff recording and reading organisations through the gateway with Keycloak's own tokens. */
class OrganisationRegisterIT {

    private static AcceptanceStack stack;
    private static GatewayClient gateway;

    @BeforeAll
    static void startStack() {
        stack = AcceptanceStack.shared();
        gateway = new GatewayClient(stack.gatewayUrl());
    }

    @Test
    void aClerkRegistersAnOrganisationAndReadsItBack() {
        String clerk = stack.tokenOf("lysychansk-clerk");
        String id = Organisations.uniqueId();

        ApiResponse created = gateway.post(Organisations.PATH, clerk,
                Organisations.registration(id, "ngo", "ГО «Світанок»", "2021-03-15"));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().get("id").asText()).isEqualTo(id);
        assertThat(created.location()).as("a link back through the gateway, not to the service")
                .contains(stack.gatewayUrl() + Organisations.path(id));
        JsonNode organisation = gateway.awaitFound(Organisations.path(id), clerk).json();
        assertThat(organisation.get("id").asText()).isEqualTo(id);
        assertThat(organisation.get("kind").asText()).isEqualTo("ngo");
        assertThat(organisation.get("name").asText()).isEqualTo("ГО «Світанок»");
        assertThat(organisation.get("registeredOn").asText()).isEqualTo("2021-03-15");
        JsonNode list = gateway.get(Organisations.PATH + "?kind=ngo&size=100", clerk).json();
        assertThat(list.get("items").findValuesAsText("id")).contains(id);
    }

    @Test
    void anAuditorReadsTheRegisterButCannotRecord() {
        String id = Organisations.uniqueId();
        assertThat(gateway.post(Organisations.PATH, stack.tokenOf("lysychansk-clerk"),
                Organisations.registration(id, "charity", "БФ «Надія»", "2020-02-01")).status()).isEqualTo(201);
        String auditor = stack.tokenOf("lysychansk-auditor");

        assertProblem(gateway.post(Organisations.PATH, auditor,
                Organisations.registration(Organisations.uniqueId(), "ngo", "Аудиторська", "2020-02-01")),
                403, "forbidden");

        assertThat(gateway.awaitFound(Organisations.path(id), auditor).json().get("name").asText())
                .isEqualTo("БФ «Надія»");
        ApiResponse list = gateway.get(Organisations.PATH + "?size=100", auditor);
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        assertThat(list.json().get("items").findValuesAsText("id")).contains(id);
    }
}
