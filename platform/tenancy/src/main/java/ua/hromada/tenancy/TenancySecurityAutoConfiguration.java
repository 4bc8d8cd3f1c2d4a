package ua.hromada.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes every servlet service an OAuth2 resource server of realm {@code hromada}: stateless, bearer tokens only,
 * refusals as problem+json, and the platform's role policy over the API:
 * <ul>
 *   <li>{@code /api/tenants/**} (tenant management): platform admins only; their tokens name no council;</li>
 *   <li>every other {@code /api/**} path holds a council's records: the caller's token must name a council,
 *       reads are for its clerks, admins and auditors, writes only where an {@link ApiAccessRule} allows
 *       (so an endpoint nobody granted answers 403);</li>
 *   <li>health, info, Prometheus metrics and the OpenAPI description are open, everything else closed.</li>
 * </ul>
 */
@AutoConfiguration(
        after = {JacksonAutoConfiguration.class, TenancyAutoConfiguration.class},
        before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
                UserDetailsServiceAutoConfiguration.class},
        beforeName = "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(TenancySecurityProperties.class)
public class TenancySecurityAutoConfiguration {

    static final String TENANT_MANAGEMENT = "/api/tenants/**";
    static final String COUNCIL_API = "/api/**";

    @Bean
    @ConditionalOnMissingBean
    public JwtDecoder jwtDecoder(TenancySecurityProperties properties) {
        return new IssuerJwtDecoder(properties.issuerUri(), properties.audience());
    }

    @Bean
    public SecurityFilterChain hromadaApiSecurityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder,
                                                             ObjectProvider<ApiAccessRule> accessRules,
                                                             ObjectProvider<ObjectMapper> objectMapper,
                                                             Environment environment) throws Exception {
        SecurityProblems problems = new SecurityProblems(objectMapper.getIfAvailable(ObjectMapper::new));
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler accessDeniedHandler = new ProblemAccessDeniedHandler(problems);
        IssuerUnavailableFailureHandler failureHandler = new IssuerUnavailableFailureHandler(entryPoint, problems);
        CouncilApiAuthorization councilApi = new CouncilApiAuthorization(accessRules.orderedStream().toList());
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

        http
                // Bearer tokens only: no session to hijack and no cookie a forged cross-site request could ride on,
                // so there is nothing for CSRF protection to protect.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder)
                                .jwtAuthenticationConverter(new CouncilJwtAuthenticationConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(failureHandler);
                                return filter;
                            }
                        }))
                .authorizeHttpRequests(requests -> requests
                        // The error page renders a failure that already happened; refusing it would hide the failure.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // Probes and the Prometheus scraper carry no tokens, and in production these endpoints are
                        // reached on the internal network only: the gateway routes /api/** alone. The OpenAPI
                        // description is public on purpose: it describes the API, holds no council's data, and
                        // councils' own systems integrate from it.
                        .requestMatchers(openEndpoints(paths, environment)).permitAll()
                        .requestMatchers(paths.matcher(TENANT_MANAGEMENT)).hasRole(Role.PLATFORM_ADMIN.claimValue())
                        .requestMatchers(paths.matcher(COUNCIL_API)).access(councilApi)
                        .requestMatchers(paths.matcher(actuatorBasePath(environment) + "/**"))
                        .hasRole(Role.PLATFORM_ADMIN.claimValue())
                        .anyRequest().denyAll());
        return http.build();
    }

    private static RequestMatcher openEndpoints(PathPatternRequestMatcher.Builder paths, Environment environment) {
        String actuator = actuatorBasePath(environment);
        String apiDocs = environment.getProperty("springdoc.api-docs.path", "/v3/api-docs");
        String swaggerUi = environment.getProperty("springdoc.swagger-ui.path", "/swagger-ui.html");
        String swaggerUiParent = swaggerUi.substring(0, swaggerUi.lastIndexOf('/'));
        List<RequestMatcher> open = new ArrayList<>();
        for (String path : List.of(actuator + "/health", actuator + "/health/**", actuator + "/info",
                actuator + "/prometheus", apiDocs, apiDocs + ".yaml", apiDocs + "/**", swaggerUi,
                swaggerUiParent + "/swagger-ui/**")) {
            open.add(paths.matcher(HttpMethod.GET, path));
            open.add(paths.matcher(HttpMethod.HEAD, path));
        }
        return new OrRequestMatcher(open);
    }

    private static String actuatorBasePath(Environment environment) {
        String basePath = environment.getProperty("management.endpoints.web.base-path", "/actuator");
        return basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    }

    @Bean
    @ConditionalOnMissingBean
    public AccessDeniedProblemHandler accessDeniedProblemHandler() {
        return new AccessDeniedProblemHandler();
    }
}
