package ua.hromada.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a browser login needs of Keycloak's realm {@code hromada}, in process on a free port: OIDC discovery (with
 * the end-session endpoint), the signing keys, and a token endpoint for the authorization-code grant with PKCE and
 * the refresh-token grant of the confidential client {@code hromada-gateway}. Its access tokens are shaped like
 * the realm's: {@code tenant} claim, realm roles in {@code realm_access.roles}, audience {@code hromada-api}.
 * Bearer-token tests use the shared {@code TestJwtIssuer}, which has no token endpoint.
 * <p>
 * A login is played without a login page: {@link #logIn} takes the authorization URL the gateway sent the browser
 * to and answers the redirect back to the gateway, as Keycloak does once the user has entered the password.
 */
final class StubKeycloak implements AutoCloseable {

    static final String REALM_PATH = "/realms/hromada";
    static final String CLIENT_ID = "hromada-gateway";
    static final String CLIENT_SECRET = "hromada-gateway-secret";
    static final String AUDIENCE = "hromada-api";

    private static final String OIDC = REALM_PATH + "/protocol/openid-connect";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A user of the realm: login name, council (or {@code null}) and realm roles. */
    record User(String name, String tenant, List<String> roles) {
    }

    private record PendingLogin(User user, String nonce, String codeChallenge, String redirectUri) {
    }

    private final HttpServer server;
    private final RSAKey signingKey = newKey();
    private final Map<String, PendingLogin> pendingLogins = new ConcurrentHashMap<>();
    private final Map<String, User> refreshTokens = new ConcurrentHashMap<>();
    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile Duration accessTokenLifetime = Duration.ofMinutes(5);
    private volatile boolean refreshAllowed = true;

    StubKeycloak() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", this::discovery);
        server.createContext(OIDC + "/certs", this::keys);
        server.createContext(OIDC + "/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
    }

    String authorizationEndpoint() {
        return issuer() + "/protocol/openid-connect/auth";
    }

    String endSessionEndpoint() {
        return issuer() + "/protocol/openid-connect/logout";
    }

    /** How long access tokens minted from now on live (the gateway refreshes those that expire within a minute). */
    void accessTokenLifetime(Duration lifetime) {
        accessTokenLifetime = lifetime;
    }

    /** Whether refresh tokens still work; when not, the token endpoint answers {@code invalid_grant}. */
    void refreshAllowed(boolean allowed) {
        refreshAllowed = allowed;
    }

    /** The form parameters of every request to the token endpoint, oldest first. */
    List<Map<String, String>> tokenRequests() {
        return tokenRequests;
    }

    /**
     * The user logs in on the page the gateway sent the browser to: answers where Keycloak would redirect the
     * browser next, the gateway's redirect URI with a fresh code and the state it sent.
     */
    URI logIn(URI authorizationRequest, User user) {
        Map<String, String> request = UriComponentsBuilder.fromUri(authorizationRequest).build().getQueryParams()
                .toSingleValueMap();
        String code = UUID.randomUUID().toString();
        pendingLogins.put(code, new PendingLogin(user, decode(request.get("nonce")),
                decode(request.get("code_challenge")), decode(request.get("redirect_uri"))));
        return UriComponentsBuilder.fromUriString(decode(request.get("redirect_uri")))
                .queryParam("code", code)
                .queryParam("state", decode(request.get("state")))
                .build().toUri();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", authorizationEndpoint());
        metadata.put("token_endpoint", issuer() + "/protocol/openid-connect/token");
        metadata.put("jwks_uri", issuer() + "/protocol/openid-connect/certs");
        metadata.put("end_session_endpoint", endSessionEndpoint());
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        respond(exchange, 200, metadata);
    }

    private void keys(HttpExchange exchange) throws IOException {
        respond(exchange, 200, new JWKSet(signingKey.toPublicJWK()).toJSONObject());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        tokenRequests.add(form);
        if (!isGatewayClient(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        switch (String.valueOf(form.get("grant_type"))) {
            case "authorization_code" -> {
                PendingLogin login = pendingLogins.remove(String.valueOf(form.get("code")));
                if (login == null || !login.redirectUri().equals(form.get("redirect_uri"))
                        || !s256(String.valueOf(form.get("code_verifier"))).equals(login.codeChallenge())) {
                    respond(exchange, 400, Map.of("error", "invalid_grant"));
                    return;
                }
                respond(exchange, 200, tokens(login.user(), login.nonce()));
            }
            case "refresh_token" -> {
                User user = refreshTokens.get(String.valueOf(form.get("refresh_token")));
                if (user == null || !refreshAllowed) {
                    respond(exchange, 400, Map.of("error", "invalid_grant", "error_description", "Session not active"));
                    return;
                }
                respond(exchange, 200, tokens(user, null));
            }
            default -> respond(exchange, 400, Map.of("error", "unsupported_grant_type"));
        }
    }

    private Map<String, Object> tokens(User user, String nonce) {
        String refreshToken = UUID.randomUUID().toString();
        refreshTokens.put(refreshToken, user);
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("access_token", accessToken(user));
        tokens.put("token_type", "Bearer");
        tokens.put("expires_in", accessTokenLifetime.toSeconds());
        tokens.put("refresh_token", refreshToken);
        tokens.put("id_token", idToken(user, nonce));
        tokens.put("scope", "openid profile email");
        return tokens;
    }

    private String accessToken(User user) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject(user))
                .audience(List.of(AUDIENCE, "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(accessTokenLifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "Bearer")
                .claim("azp", CLIENT_ID)
                .claim("preferred_username", user.name())
                .claim("realm_access", Map.of("roles", user.roles()));
        if (user.tenant() != null) {
            claims.claim("tenant", user.tenant());
        }
        return sign(claims.build());
    }

    private String idToken(User user, String nonce) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject(user))
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("typ", "ID")
                .claim("azp", CLIENT_ID)
                .claim("preferred_username", user.name());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return sign(claims.build());
    }

    private static String subject(User user) {
        return UUID.nameUUIDFromBytes(user.name().getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static boolean isGatewayClient(String authorization) {
        String expected = Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        return ("Basic " + expected).equals(authorization);
    }

    private static String s256(String codeVerifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return form;
    }

    private static String decode(String value) {
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, Object json) throws IOException {
        byte[] body = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
