package ua.hromada.gateway.security;

import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.session.WebSessionIdResolver;
import reactor.core.publisher.Mono;
import ua.hromada.gateway.limit.RequestSizeLimitWebFilter;

import java.time.Duration;
import java.util.Collections;

/**
 * Who may call what through the gateway. Three filter chains, tried in order:
 * <ol>
 * <li>{@code /actuator/**}: probes and Prometheus open, the rest for a platform admin's bearer token; stateless.</li>
 * <li>{@code /api/**}: a bearer token of the realm, passed on unchanged, or the browser session's access token,
 * relayed by the {@code TokenRelay} filter; the token must name a tenant. No credentials answer 401, never a
 * login redirect; a session's writes need the CSRF token, a bearer token's do not.</li>
 * <li>everything else, the web console: OIDC login with Keycloak (authorization code with PKCE), a session
 * cookie at the gateway, RP-initiated logout.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({HromadaSecurityProperties.class, OAuth2ClientProperties.class})
class GatewaySecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";
    static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    /**
     * Checks bearer tokens: signature by the realm's keys, issuer, expiry, audience. The issuer's discovery
     * document and keys are fetched on the first token, not at start-up, and fetched again if that failed, so
     * the gateway may start before Keycloak.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(HromadaSecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(properties.issuerUri()), new JwtAudienceValidator(properties.audience())));
        // Nimbus reports an unreachable issuer as IllegalStateException, which would surface as a 500; as a
        // JwtException that is not a BadJwtException it becomes an AuthenticationServiceException (503 below).
        return token -> decoder.decode(token).onErrorMap(failure -> !(failure instanceof JwtException),
                failure -> new JwtException("could not check the token with the issuer: " + failure.getMessage(),
                        failure));
    }

    @Bean
    ReactiveClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties) {
        return new DiscoveringClientRegistrationRepository(properties);
    }

    /** A session's tokens live and die with the session, so logout or session expiry discards them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(ReactiveJwtDecoder jwtDecoder) {
        return new AccessTokenClaimsOidcUserService(jwtDecoder);
    }

    @Bean
    SecurityProblemExceptionHandler securityProblemExceptionHandler() {
        return new SecurityProblemExceptionHandler();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain actuatorSecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator/**"))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .anyExchange().hasRole(Caller.PLATFORM_ADMIN))
                .oauth2ResourceServer(bearerTokens(jwtDecoder))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthenticated())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .headers(headers -> commonHeaders(headers))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
                                       HromadaSecurityProperties properties, WebSessionIdResolver sessionIds) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .oauth2ResourceServer(bearerTokens(jwtDecoder))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthenticated())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokenRepository())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(sessionWrites(sessionIds))
                        .accessDeniedHandler(ProblemSecurityHandlers.csrfTokenInvalid()))
                .headers(headers -> commonHeaders(headers))
                .addFilterAfter(new RequestSizeLimitWebFilter(properties.maxRequestSize().toBytes(),
                                properties.maxImportSize().toBytes()),
                        SecurityWebFiltersOrder.HTTP_HEADERS_WRITER)
                .addFilterAfter(new TenantRequiredWebFilter(), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    @Bean
    @Order(3)
    SecurityWebFilterChain consoleSecurity(ServerHttpSecurity http, HromadaSecurityProperties properties,
                                           ReactiveClientRegistrationRepository registrations) {
        DefaultServerOAuth2AuthorizationRequestResolver withPkce =
                new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        // Spring Security 6.5 adds PKCE only for public clients; the gateway is confidential and wants it too.
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        OidcClientInitiatedServerLogoutSuccessHandler logoutAtKeycloak =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        logoutAtKeycloak.setPostLogoutRedirectUri(properties.postLogoutRedirectUri());

        return http
                .authorizeExchange(exchanges -> exchanges
                        // reached by a route's circuit breaker through a forward, which skips this chain; asked
                        // for directly, it answers 404
                        .pathMatchers("/fallback/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login
                        .authorizationRequestResolver(withPkce)
                        .authenticationFailureHandler(ProblemSecurityHandlers.loginFailure()))
                .logout(logout -> logout
                        .logoutHandler(new DelegatingServerLogoutHandler(
                                new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(logoutAtKeycloak))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(loginOrUnauthenticated())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokenRepository())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(ProblemSecurityHandlers.csrfTokenInvalid()))
                .headers(headers -> commonHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy())))
                .addFilterAfter(new RequestSizeLimitWebFilter(properties.maxRequestSize().toBytes(),
                                properties.maxImportSize().toBytes()),
                        SecurityWebFiltersOrder.HTTP_HEADERS_WRITER)
                .addFilterAfter(issueCsrfCookie(), SecurityWebFiltersOrder.CSRF)
                .build();
    }

    private static Customizer<ServerHttpSecurity.OAuth2ResourceServerSpec> bearerTokens(ReactiveJwtDecoder jwtDecoder) {
        return bearer -> bearer
                .jwt(jwt -> jwt
                        .jwtDecoder(jwtDecoder)
                        .jwtAuthenticationConverter(new KeycloakJwtAuthenticationConverter()))
                .authenticationEntryPoint(ProblemSecurityHandlers.unauthenticated())
                .authenticationFailureHandler(ProblemSecurityHandlers.bearerTokenFailure())
                .accessDeniedHandler(ProblemSecurityHandlers.forbidden());
    }

    /**
     * HSTS is written only for requests that arrived over HTTPS (Spring Security checks the scheme), so the plain
     * HTTP of a local stack never pins a browser to HTTPS.
     */
    private static ServerHttpSecurity.HeaderSpec commonHeaders(ServerHttpSecurity.HeaderSpec headers) {
        return headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .hsts(hsts -> hsts.maxAge(HSTS_MAX_AGE).includeSubdomains(true));
    }

    /** One cookie both chains read: the console's script echoes it in the X-XSRF-TOKEN header, so not HttpOnly. */
    private static CookieServerCsrfTokenRepository csrfTokenRepository() {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookiePath("/");
        return repository;
    }

    /**
     * Only a request that could be authenticated by the session cookie needs the CSRF token: a browser never
     * attaches an Authorization header on its own, and without a session there is nothing to forge.
     */
    private static ServerWebExchangeMatcher sessionWrites(WebSessionIdResolver sessionIds) {
        ServerWebExchangeMatcher withoutBearerToken = exchange -> matchIf(exchange.getRequest().getHeaders()
                .getOrEmpty(HttpHeaders.AUTHORIZATION).stream()
                .noneMatch(value -> value.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length())));
        ServerWebExchangeMatcher withSessionCookie =
                exchange -> matchIf(!sessionIds.resolveSessionIds(exchange).isEmpty());
        return new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER, withoutBearerToken,
                withSessionCookie);
    }

    /** The CSRF token is created lazily; asking for it on console requests is what sets the cookie. */
    private static WebFilter issueCsrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }

    /** People are sent to Keycloak's login; the console's own background calls get 401 and decide themselves. */
    private static DelegatingServerAuthenticationEntryPoint loginOrUnauthenticated() {
        ServerWebExchangeMatcher xhr = exchange -> matchIf(exchange.getRequest().getHeaders()
                .getOrEmpty("X-Requested-With").contains("XMLHttpRequest"));
        MediaTypeServerWebExchangeMatcher json = new MediaTypeServerWebExchangeMatcher(MediaType.APPLICATION_JSON,
                MediaType.APPLICATION_PROBLEM_JSON);
        json.setIgnoredMediaTypes(Collections.singleton(MediaType.ALL));
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(new OrServerWebExchangeMatcher(xhr, json),
                        ProblemSecurityHandlers.unauthenticated()));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN_PATH));
        return entryPoint;
    }

    private static Mono<MatchResult> matchIf(boolean matches) {
        return matches ? MatchResult.match() : MatchResult.notMatch();
    }
}
