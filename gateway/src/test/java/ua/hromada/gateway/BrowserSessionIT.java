package ua.hromada.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import ua.hromada.gateway.StubKeycloak.User;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person using the console in a browser: login with Keycloak (authorization code with PKCE), the session at
 * the gateway, its access token relayed to the services, CSRF protection of its writes, logout. Played over real
 * HTTP with a cookie-keeping client that does not follow redirects, so every hop is checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserSessionIT {

    private static final User CLERK = new User("lysychansk-clerk", "lysychansk", List.of("clerk"));
    private static final User PLATFORM_ADMIN = new User("platform-admin", null, List.of("platform-admin"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final StubKeycloak keycloak = new StubKeycloak();
    private static final StubBackend registry = new StubBackend();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry properties) {
        properties.add("hromada.security.issuer-uri", keycloak::issuer);
        properties.add("hromada.services.registry-uri", registry::uri);
    }

    @AfterAll
    static void stopStubs() {
        keycloak.close();
        registry.close();
    }

    @BeforeEach
    void freshStubs() {
        registry.received().clear();
        keycloak.accessTokenLifetime(Duration.ofMinutes(5));
        keycloak.refreshAllowed(true);
    }

    @Test
    void sendsAnAnonymousVisitorToKeycloakWithPkce() throws Exception {
        Browser browser = new Browser();

        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        URI login = browser.redirectOf(home);
        assertThat(login.getPath()).isEqualTo("/oauth2/authorization/keycloak");

        HttpResponse<String> toKeycloak = browser.get(login.toString());
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        URI authorization = browser.redirectOf(toKeycloak);
        assertThat(authorization.toString()).startsWith(keycloak.authorizationEndpoint() + "?");
        Map<String, String> parameters = UriComponentsBuilder.fromUri(authorization).build().getQueryParams()
                .toSingleValueMap();
        assertThat(parameters).containsEntry("response_type", "code")
                .containsEntry("client_id", StubKeycloak.CLIENT_ID)
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "state", "nonce", "redirect_uri");
        assertThat(parameters.get("scope")).contains("openid");
    }

    @Test
    void answersTheConsolesBackgroundCallsWith401InsteadOfARedirect() throws Exception {
        HttpResponse<String> session = new Browser().get("/session", "X-Requested-With", "XMLHttpRequest");

        assertThat(session.statusCode()).isEqualTo(401);
        assertThat(session.headers().firstValue("Location")).isEmpty();
        assertThat(session.body()).contains("\"code\":\"unauthenticated\"");
    }

    @Test
    void logsInAndShowsWhoIsLoggedIn() throws Exception {
        Browser browser = loggedIn(CLERK);

        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(browser.redirectOf(home).getPath()).isEqualTo("/session");

        HttpResponse<String> session = browser.get("/session");
        assertThat(session.statusCode()).isEqualTo(200);
        JsonNode who = JSON.readTree(session.body());
        assertThat(who.get("user").asText()).isEqualTo("lysychansk-clerk");
        assertThat(who.get("tenant").asText()).isEqualTo("lysychansk");
        assertThat(who.get("roles")).extracting(JsonNode::asText).containsExactly("clerk");

        assertThat(keycloak.tokenRequests()).last().satisfies(tokenRequest -> assertThat(tokenRequest)
                .containsEntry("grant_type", "authorization_code")
                .containsKey("code_verifier"));
    }

    @Test
    void protectsConsolePagesWithSecurityHeaders() throws Exception {
        HttpResponse<String> session = loggedIn(CLERK).get("/session");

        assertThat(session.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'")
                        .contains("frame-ancestors 'none'"));
        assertThat(session.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(session.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(session.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(session.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void keepsTheSessionCookieFromScripts() throws Exception {
        Browser browser = loggedIn(CLERK);

        assertThat(browser.cookie("SESSION")).satisfies(session -> assertThat(session.isHttpOnly()).isTrue());
        assertThat(browser.cookie("XSRF-TOKEN")).satisfies(csrf -> assertThat(csrf.isHttpOnly()).isFalse());
    }

    @Test
    void relaysTheSessionsAccessTokenToTheServices() throws Exception {
        Browser browser = loggedIn(CLERK);

        assertThat(browser.get("/api/registry/organisations").statusCode()).isEqualTo(200);

        assertThat(registry.received()).singleElement().satisfies(request -> {
            assertThat(request.header("Authorization")).startsWith("Bearer ");
            Map<String, Object> claims = claimsOf(request.header("Authorization"));
            assertThat(claims).containsEntry("preferred_username", "lysychansk-clerk")
                    .containsEntry("tenant", "lysychansk");
            assertThat(request.header("Cookie")).isNull();
        });
    }

    @Test
    void refusesASessionsWriteWithoutTheCsrfToken() throws Exception {
        Browser browser = loggedIn(CLERK);

        HttpResponse<String> forged = browser.post("/api/registry/organisations", "{\"kind\":\"ngo\"}");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("\"code\":\"csrf_token_invalid\"");
        assertThat(registry.received()).isEmpty();
    }

    @Test
    void passesASessionsWriteThatEchoesTheCsrfToken() throws Exception {
        Browser browser = loggedIn(CLERK);

        HttpResponse<String> write = browser.post("/api/registry/organisations", "{\"kind\":\"ngo\"}",
                "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").getValue());

        assertThat(write.statusCode()).isEqualTo(200);
        assertThat(registry.received()).singleElement()
                .satisfies(request -> assertThat(request.method()).isEqualTo("POST"));
    }

    @Test
    void holdsASessionWithoutTenantToTheSameRulesAsAToken() throws Exception {
        Browser browser = loggedIn(PLATFORM_ADMIN);
        String csrf = browser.cookie("XSRF-TOKEN").getValue();

        assertThat(JSON.readTree(browser.get("/session").body()).get("tenant").isNull()).isTrue();
        HttpResponse<String> councilRecords = browser.get("/api/registry/organisations");
        assertThat(councilRecords.statusCode()).isEqualTo(403);
        assertThat(councilRecords.body()).contains("\"code\":\"tenant_missing\"");
        assertThat(browser.post("/api/tenants", "{\"tenant\":\"nizhyn\"}", "X-XSRF-TOKEN", csrf).statusCode())
                .isEqualTo(200);
    }

    @Test
    void renewsAnExpiringAccessTokenBeforeRelayingIt() throws Exception {
        keycloak.accessTokenLifetime(Duration.ofSeconds(30));
        Browser browser = loggedIn(CLERK);
        int tokenRequestsAfterLogin = keycloak.tokenRequests().size();

        assertThat(browser.get("/api/registry/organisations").statusCode()).isEqualTo(200);

        assertThat(keycloak.tokenRequests()).hasSize(tokenRequestsAfterLogin + 1).last()
                .satisfies(refresh -> assertThat(refresh).containsEntry("grant_type", "refresh_token"));
        assertThat(registry.received()).singleElement()
                .satisfies(request -> assertThat(claimsOf(request.header("Authorization")))
                        .containsEntry("preferred_username", "lysychansk-clerk"));
    }

    @Test
    void endsASessionKeycloakNoLongerRenews() throws Exception {
        keycloak.accessTokenLifetime(Duration.ofSeconds(30));
        Browser browser = loggedIn(CLERK);
        keycloak.refreshAllowed(false);

        HttpResponse<String> call = browser.get("/api/registry/organisations");

        assertThat(call.statusCode()).isEqualTo(401);
        assertThat(call.body()).contains("\"code\":\"session_expired\"");
        assertThat(registry.received()).isEmpty();
        assertThat(browser.get("/session").statusCode()).isEqualTo(302);
    }

    @Test
    void answersAFailedLoginInsteadOfLoopingThroughKeycloak() throws Exception {
        Browser browser = new Browser();
        URI authorization = browser.redirectOf(browser.get("/oauth2/authorization/keycloak"));
        URI callback = keycloak.logIn(authorization, CLERK);
        URI withUnknownCode = UriComponentsBuilder.fromUri(callback).replaceQueryParam("code", "unknown").build()
                .toUri();

        HttpResponse<String> failed = browser.get(withUnknownCode.toString());

        assertThat(failed.statusCode()).isEqualTo(401);
        assertThat(failed.body()).contains("\"code\":\"login_failed\"");
    }

    @Test
    void logsOutAtTheGatewayAndAtKeycloak() throws Exception {
        Browser browser = loggedIn(CLERK);

        HttpResponse<String> logout = browser.post("/logout", "",
                "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").getValue());

        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = browser.redirectOf(logout);
        assertThat(endSession.toString()).startsWith(keycloak.endSessionEndpoint() + "?");
        Map<String, String> parameters = UriComponentsBuilder.fromUri(endSession).build().getQueryParams()
                .toSingleValueMap();
        assertThat(parameters).containsKey("id_token_hint");
        assertThat(URLDecoder.decode(parameters.get("post_logout_redirect_uri"), StandardCharsets.UTF_8))
                .isEqualTo("http://127.0.0.1:" + port + "/");

        assertThat(browser.get("/session").statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/registry/organisations").statusCode()).isEqualTo(401);
    }

    @Test
    void refusesALogoutWithoutTheCsrfToken() throws Exception {
        Browser browser = loggedIn(CLERK);

        assertThat(browser.post("/logout", "").statusCode()).isEqualTo(403);
        assertThat(browser.get("/session").statusCode()).isEqualTo(200);
    }

    /** A browser that went through Keycloak's login as the user and came back with a session. */
    private Browser loggedIn(User user) throws Exception {
        Browser browser = new Browser();
        URI login = browser.redirectOf(browser.get("/"));
        URI authorization = browser.redirectOf(browser.get(login.toString()));

        HttpResponse<String> callback = browser.get(keycloak.logIn(authorization, user).toString());
        assertThat(callback.statusCode()).as("the gateway accepts the login: %s", callback.body()).isEqualTo(302);
        assertThat(browser.redirectOf(callback).getPath()).isEqualTo("/");
        // the console's first call, which also hands it the CSRF token
        assertThat(browser.get("/session").statusCode()).isEqualTo(200);
        return browser;
    }

    private static Map<String, Object> claimsOf(String authorization) throws Exception {
        return SignedJWT.parse(authorization.substring("Bearer ".length())).getJWTClaimsSet().getClaims();
    }

    private final class Browser {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> get(String pathOrUrl, String... headers) throws IOException, InterruptedException {
            return send(request(pathOrUrl, headers).GET());
        }

        HttpResponse<String> post(String path, String json, String... headers)
                throws IOException, InterruptedException {
            return send(request(path, headers).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        URI redirectOf(HttpResponse<String> response) {
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new AssertionError(
                            "no redirect: " + response.statusCode() + " " + response.body()));
            return response.uri().resolve(location);
        }

        HttpCookie cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no cookie " + name));
        }

        private HttpRequest.Builder request(String pathOrUrl, String... headers) {
            URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://127.0.0.1:" + port + pathOrUrl);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
