package ua.hromada.testing.jwt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An in-process stand-in for Keycloak realm {@code hromada}, for tests that must not need Keycloak: it serves the
 * OpenID discovery document and the JWK set over real HTTP on a free loopback port, with the issuer
 * {@code http://127.0.0.1:<port>/realms/hromada}, and mints access tokens shaped like Keycloak's (roles in
 * {@code realm_access.roles}, a string {@code tenant} claim, audience {@value #DEFAULT_AUDIENCE}). Services verify
 * them exactly as they verify Keycloak's, so a test exercises the real resource-server configuration.
 *
 * <pre>{@code String clerk = TestJwtIssuer.shared().tokenFor("lysychansk-clerk", "lysychansk", "clerk");
 * String expired = TestJwtIssuer.shared().token().user("lysychansk-clerk").tenant("lysychansk").roles("clerk")
 *         .expired().sign();}</pre>
 *
 * Point a Spring test at it with {@link WithTestJwtIssuer}.
 */
public final class TestJwtIssuer implements AutoCloseable {

    public static final String REALM_PATH = "/realms/hromada";
    public static final String DEFAULT_AUDIENCE = "hromada-api";
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private static final String DISCOVERY_PATH = REALM_PATH + "/.well-known/openid-configuration";
    private static final String JWKS_PATH = REALM_PATH + "/protocol/openid-connect/certs";
    private static final String KEY_ID = "hromada-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestJwtIssuer shared;

    private final RSAKey signingKey;
    private final RSAKey foreignKey;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String issuerUri;

    private TestJwtIssuer() {
        signingKey = generateKey();
        // The same key id as the real key: a forger copies the header; only the signature can give it away.
        foreignKey = generateKey();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the test issuer's port", e);
        }
        issuerUri = "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
        server.createContext(DISCOVERY_PATH, exchange -> respond(exchange, discoveryDocument()));
        server.createContext(JWKS_PATH, exchange -> respond(exchange, new JWKSet(signingKey.toPublicJWK()).toString()));
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-jwt-issuer");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
    }

    /** An issuer of its own (its own port and keys); close it when done. */
    public static TestJwtIssuer start() {
        return new TestJwtIssuer();
    }

    /** One issuer per test JVM, shared by all Spring test contexts. */
    public static synchronized TestJwtIssuer shared() {
        if (shared == null) {
            shared = new TestJwtIssuer();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-jwt-issuer-shutdown"));
        }
        return shared;
    }

    /** {@code http://127.0.0.1:<port>/realms/hromada}, the value of {@code iss} and of {@code hromada.security.issuer-uri}. */
    public String issuerUri() {
        return issuerUri;
    }

    public String jwksUri() {
        return issuerUri + "/protocol/openid-connect/certs";
    }

    /** A valid token for {@code user} in {@code tenant} (none when {@code null}) with the given realm roles. */
    public String tokenFor(String user, String tenant, String... roles) {
        return token().user(user).tenant(tenant).roles(roles).sign();
    }

    /** A token to shape: by default valid for {@link #DEFAULT_LIFETIME}, audience {@value #DEFAULT_AUDIENCE}. */
    public Token token() {
        return new Token();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private String discoveryDocument() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuerUri);
        document.put("authorization_endpoint", issuerUri + "/protocol/openid-connect/auth");
        document.put("token_endpoint", issuerUri + "/protocol/openid-connect/token");
        document.put("jwks_uri", jwksUri());
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of(JWSAlgorithm.RS256.getName()));
        try {
            return JSON.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** The claims of one token, then {@link #sign()}. */
    public final class Token {

        private String user = "test-user";
        private String tenant;
        private List<String> roles = List.of();
        private List<String> audience = List.of(DEFAULT_AUDIENCE);
        private String issuer = issuerUri;
        private Instant expiresAt = Instant.now().plus(DEFAULT_LIFETIME);
        private RSAKey key = signingKey;
        private final Map<String, Object> extraClaims = new LinkedHashMap<>();

        private Token() {
        }

        /** {@code preferred_username}; {@code sub} is a UUID derived from it, as Keycloak's are UUIDs. */
        public Token user(String user) {
            this.user = user;
            return this;
        }

        /** The {@code tenant} claim, or none when {@code null}. */
        public Token tenant(String tenant) {
            this.tenant = tenant;
            return this;
        }

        /** Realm roles, in {@code realm_access.roles}. */
        public Token roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        /** {@code aud}; a token meant for another client names another audience. */
        public Token audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        /** {@code iss}; the keys stay this issuer's. */
        public Token issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Token expiresIn(Duration lifetime) {
            this.expiresAt = Instant.now().plus(lifetime);
            return this;
        }

        /** Expired ten minutes ago, well beyond any clock skew a verifier tolerates. */
        public Token expired() {
            this.expiresAt = Instant.now().minus(Duration.ofMinutes(10));
            return this;
        }

        /** Signed with a key the issuer never published, under the issuer's key id: a forgery. */
        public Token signedByForeignKey() {
            this.key = foreignKey;
            return this;
        }

        /** Any further claim; {@code null} removes a claim the token would otherwise carry. */
        public Token claim(String name, Object value) {
            extraClaims.put(name, value);
            return this;
        }

        /** The compact, signed token, ready for {@code Authorization: Bearer <token>}. */
        public String sign() {
            Instant issuedAt = expiresAt.isAfter(Instant.now()) ? Instant.now() : expiresAt.minus(DEFAULT_LIFETIME);
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", issuer);
            claims.put("sub", UUID.nameUUIDFromBytes(user.getBytes(StandardCharsets.UTF_8)).toString());
            claims.put("aud", new ArrayList<>(audience));
            claims.put("exp", Date.from(expiresAt));
            claims.put("iat", Date.from(issuedAt));
            claims.put("jti", UUID.randomUUID().toString());
            claims.put("typ", "Bearer");
            claims.put("azp", "hromada-cli");
            claims.put("scope", "openid profile");
            claims.put("preferred_username", user);
            claims.put("realm_access", Map.of("roles", new ArrayList<>(roles)));
            if (tenant != null) {
                claims.put("tenant", tenant);
            }
            claims.putAll(extraClaims);
            JWTClaimsSet.Builder claimSet = new JWTClaimsSet.Builder();
            claims.forEach((name, value) -> {
                if (value != null) {
                    claimSet.claim(name, value);
                }
            });
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claimSet.build());
            try {
                token.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot sign a test token", e);
            }
            return token.serialize();
        }

        @Override
        public String toString() {
            return "Token[user=" + user + ", tenant=" + tenant + ", roles=" + roles + ", audience=" + audience
                    + ", expiresAt=" + expiresAt + ", forged=" + (key != signingKey) + ", extra=" + extraClaims.keySet()
                    + "]";
        }
    }
}
