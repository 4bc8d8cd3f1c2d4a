package ua.hromada.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * How the gateway authenticates callers and protects itself.
 *
 * @param issuerUri              the realm whose tokens the gateway accepts; it must equal the {@code iss} claim of
 *                               those tokens character for character, so it is the URL clients see Keycloak at
 * @param audience               the audience every API token must name (Keycloak's audience mapper adds it)
 * @param maxRequestSize         the largest request body the gateway passes on; larger ones get 413
 * @param maxImportSize          the same for NDJSON imports ({@code POST /api/<service>/imports}), which a service
 *                               reads as a stream, line by line
 * @param contentSecurityPolicy  the Content-Security-Policy of the web console's pages; it has no
 *                               {@code form-action}, because the logout form is redirected to Keycloak's
 *                               end-session endpoint and browsers apply {@code form-action} to redirects
 * @param postLogoutRedirectUri  where Keycloak sends the browser after logout ({@code {baseUrl}} = this gateway);
 *                               it must be among the client's valid post-logout redirect URIs in Keycloak
 */
@ConfigurationProperties("hromada.security")
public record HromadaSecurityProperties(
        String issuerUri,
        @DefaultValue("hromada-api") String audience,
        @DefaultValue("10MB") DataSize maxRequestSize,
        @DefaultValue("512MB") DataSize maxImportSize,
        @DefaultValue("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'none'")
        String contentSecurityPolicy,
        @DefaultValue("{baseUrl}/") String postLogoutRedirectUri) {

    public HromadaSecurityProperties {
        Assert.hasText(issuerUri, "hromada.security.issuer-uri must name the realm whose tokens the gateway accepts");
        Assert.hasText(audience, "hromada.security.audience must not be empty");
        Assert.isTrue(maxRequestSize.toBytes() > 0, "hromada.security.max-request-size must be positive");
        Assert.isTrue(maxImportSize.toBytes() > 0, "hromada.security.max-import-size must be positive");
    }
}
