package ua.hromada.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.acceptance.GatewayClient.ApiResponse;
import ua.hromada.testing.keycloak.KeycloakTestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A new council joins the platform: a platform administrator onboards it through the gateway, which creates its
 * group and first administrator in Keycloak, and that administrator signs in and finds a register of its own.
 */
class CouncilOnboardingIT {

    private static final String TENANTS = "/api/tenants";
    /** Where Keycloak sends the browser after sign-in; nothing needs to listen there, the redirect is not followed. */
    private static final String SIGN_IN_CALLBACK = "http://127.0.0.1/acceptance/signed-in";

    private static AcceptanceStack stack;
    private static KeycloakTestServer keycloak;
    private static GatewayClient gateway;

    @BeforeAll
    static void startStack() {
        stack = AcceptanceStack.shared();
        keycloak = stack.keycloak();
        gateway = new GatewayClient(stack.gatewayUrl());
    }

    @Test
    void anOnboardedCouncilsFirstAdministratorSignsInToAnEmptyRegister() {
        String code = "acceptance-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = code + "-admin@hromada.example";
        String platformAdmin = stack.tokenOf("platform-admin");

        ApiResponse onboarded = gateway.post(TENANTS, platformAdmin,
                onboarding(code, "Тестова міська рада", adminEmail));

        assertThat(onboarded.status()).as("%s", onboarded).isEqualTo(201);
        JsonNode council = onboarded.json();
        assertThat(council.get("code").asText()).isEqualTo(code);
        assertThat(council.get("adminUsername").asText()).isEqualTo(adminEmail);
        String temporaryPassword = council.get("adminTemporaryPassword").asText();
        assertThat(temporaryPassword).isNotBlank();
        assertThat(gateway.awaitFound(TENANTS + "/" + code, platformAdmin).json().get("name").asText())
                .isEqualTo("Тестова міська рада");

        assertThatThrownBy(() -> keycloak.passwordGrant(adminEmail, temporaryPassword))
                .as("a temporary password gets no token before it is replaced")
                .hasMessageContaining("invalid_grant");
        String newPassword = "Acceptance-" + UUID.randomUUID();
        try (TemporaryClient browserLogin = TemporaryClient.likeCliClient(keycloak, "browser-login",
                TemporaryClient.withBrowserLogin(SIGN_IN_CALLBACK))) {
            FirstSignIn.SignedIn signedIn = new FirstSignIn().signIn(keycloak, browserLogin.clientId(),
                    SIGN_IN_CALLBACK, new FirstSignIn.Person(adminEmail, temporaryPassword, newPassword, "Олена",
                            "Коваль"));
            assertThat(signedIn.requiredActions()).as("the temporary password had to be replaced")
                    .contains("UPDATE_PASSWORD");
        }
        String councilAdmin = keycloak.passwordGrant(adminEmail, newPassword);
        JsonNode claims = KeycloakTestServer.claims(councilAdmin);
        assertThat(claims.get("tenant").asText()).isEqualTo(code);
        assertThat(roles(claims)).contains("admin", "clerk");

        ApiResponse register = gateway.get(Organisations.PATH + "?size=100", councilAdmin);

        assertThat(register.status()).as("%s", register).isEqualTo(200);
        assertThat(register.json().get("items")).isEmpty();
        assertThat(register.json().get("total").asLong()).isZero();
    }

    private static String onboarding(String code, String name, String adminEmail) {
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.put("code", code);
        body.put("name", name);
        body.put("adminEmail", adminEmail);
        return body.toString();
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.at("/realm_access/roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }
}
