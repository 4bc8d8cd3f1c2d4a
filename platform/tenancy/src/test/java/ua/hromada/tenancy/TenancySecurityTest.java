package ua.hromada.tenancy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The resource-server configuration and the role policy on a small council API, through the whole security filter
 * chain. Tokens are decoded by a stub (signatures are {@link IssuerJwtDecoderTest}'s concern), so every request
 * still passes the bearer filter, the claim conversion, the authorization rules and the problem+json answers.
 */
@SpringBootTest(classes = TenancySecurityTest.CouncilApi.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "springdoc.api-docs.path=/api/registry/v3/api-docs")
@AutoConfigureMockMvc
class TenancySecurityTest {

    private static final String THINGS = "/api/registry/things";

    @Autowired
    private MockMvc mvc;

    @Test
    void withoutATokenTheApiAnswers401ProblemWithABearerChallengeAndNoRedirect() throws Exception {
        mvc.perform(get(THINGS))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(problem("unauthenticated"));
    }

    @Test
    void aTokenTheDecoderRefusesIs401() throws Exception {
        mvc.perform(get(THINGS).header(HttpHeaders.AUTHORIZATION, "Bearer expired"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
                .andExpect(problem("unauthenticated"));
    }

    @Test
    void aMalformedAuthorizationHeaderIs401() throws Exception {
        mvc.perform(get(THINGS).header(HttpHeaders.AUTHORIZATION, "Bearer two words"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
                .andExpect(problem("unauthenticated"));
    }

    @Test
    void anIssuerOutOfReachIs503NotABadToken() throws Exception {
        mvc.perform(get(THINGS).header(HttpHeaders.AUTHORIZATION, "Bearer issuer-down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(problem("issuer_unavailable"));
    }

    @Test
    void aClerkReadsAndRecordsInItsCouncil() throws Exception {
        mvc.perform(as("lysychansk-clerk", get(THINGS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value("lysychansk"))
                .andExpect(jsonPath("$.user").value("lysychansk-clerk"))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        // No CSRF token: the bearer API has no cookie a forged request could ride on.
        mvc.perform(as("lysychansk-clerk", post(THINGS))).andExpect(status().isOk());
    }

    @Test
    void aClerkCannotWithdraw() throws Exception {
        mvc.perform(as("lysychansk-clerk", post(THINGS + "/t-1/withdrawal")))
                .andExpect(status().isForbidden())
                .andExpect(problem("forbidden"));
    }

    @Test
    void anAdminDoesWhatAClerkDoesAndWithdraws() throws Exception {
        mvc.perform(as("lysychansk-admin", post(THINGS))).andExpect(status().isOk());
        mvc.perform(as("lysychansk-admin", post(THINGS + "/t-1/withdrawal"))).andExpect(status().isOk());
    }

    @Test
    void anAuditorReadsEverythingAndWritesNothing() throws Exception {
        mvc.perform(as("lysychansk-auditor", get(THINGS))).andExpect(status().isOk());
        mvc.perform(as("lysychansk-auditor", head(THINGS))).andExpect(status().isOk());
        mvc.perform(as("lysychansk-auditor", post(THINGS)))
                .andExpect(status().isForbidden())
                .andExpect(problem("forbidden"));
        mvc.perform(as("lysychansk-auditor", post(THINGS + "/t-1/withdrawal"))).andExpect(status().isForbidden());
    }

    @Test
    void aWriteNoRuleAllowsIsRefusedEvenToAnAdmin() throws Exception {
        mvc.perform(as("lysychansk-admin", post(THINGS + "/t-1/archive")))
                .andExpect(status().isForbidden())
                .andExpect(problem("forbidden"));
    }

    @Test
    void aReadRuleNarrowsWhoMayRead() throws Exception {
        mvc.perform(as("lysychansk-admin", get("/api/registry/users"))).andExpect(status().isOk());
        mvc.perform(as("lysychansk-clerk", get("/api/registry/users"))).andExpect(status().isForbidden());
        mvc.perform(as("lysychansk-clerk", head("/api/registry/users"))).andExpect(status().isForbidden());
    }

    @Test
    void aPlatformAdminReadsNoCouncilsRecords() throws Exception {
        mvc.perform(as("platform-admin", get(THINGS)))
                .andExpect(status().isForbidden())
                .andExpect(problem("forbidden"));
        mvc.perform(as("platform-admin", post(THINGS))).andExpect(status().isForbidden());
    }

    @Test
    void aPlatformAdminManagesTenantsWithoutATenantOfItsOwn() throws Exception {
        mvc.perform(as("platform-admin", get("/api/tenants"))).andExpect(status().isOk());
        mvc.perform(as("platform-admin", post("/api/tenants"))).andExpect(status().isOk());
    }

    @Test
    void aPlatformWideRuleLetsAPlatformAdminActWithoutACouncilAndNobodyElse() throws Exception {
        mvc.perform(as("platform-admin", post("/api/registry/rebuilds"))).andExpect(status().isOk());
        mvc.perform(as("lysychansk-admin", post("/api/registry/rebuilds"))).andExpect(status().isOk());
        mvc.perform(as("clerk-without-tenant", post("/api/registry/rebuilds")))
                .andExpect(status().isForbidden())
                .andExpect(problem("forbidden"));
        mvc.perform(as("platform-admin", post(THINGS))).andExpect(status().isForbidden());
    }

    @Test
    void councilMembersCannotManageTenants() throws Exception {
        mvc.perform(as("lysychansk-admin", post("/api/tenants")))
                .andExpect(status().isForbidden())
                .andExpect(problem("forbidden"));
        mvc.perform(as("lysychansk-auditor", get("/api/tenants"))).andExpect(status().isForbidden());
    }

    @Test
    void aTokenWithoutTenantIsRefusedWithTenantMissing() throws Exception {
        mvc.perform(as("clerk-without-tenant", get(THINGS)))
                .andExpect(status().isForbidden())
                .andExpect(problem("tenant_missing"));
    }

    @Test
    void askingForTheTenantInAControllerWithoutOneIs403NotAServerError() throws Exception {
        mvc.perform(as("platform-admin", get("/api/tenants/mine")))
                .andExpect(status().isForbidden())
                .andExpect(problem("tenant_missing"));
    }

    @Test
    void probesMetricsAndTheApiDescriptionAreOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
        mvc.perform(get("/api/registry/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void otherActuatorEndpointsAreForPlatformAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
        mvc.perform(as("lysychansk-admin", get("/actuator/env"))).andExpect(status().isForbidden());
        mvc.perform(as("platform-admin", get("/actuator/env"))).andExpect(status().isOk());
    }

    @Test
    void pathsOutsideTheApiAreClosed() throws Exception {
        mvc.perform(get("/elsewhere")).andExpect(status().isUnauthorized());
        mvc.perform(as("lysychansk-admin", get("/elsewhere"))).andExpect(status().isForbidden());
    }

    @Test
    void writesToTheOpenEndpointsAreNotOpen() throws Exception {
        mvc.perform(post("/actuator/health")).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private static org.springframework.test.web.servlet.ResultMatcher problem(String code) {
        return result -> {
            content().contentTypeCompatibleWith("application/problem+json").match(result);
            jsonPath("$.code").value(code).match(result);
            jsonPath("$.status").value(result.getResponse().getStatus()).match(result);
            jsonPath("$.detail").isNotEmpty().match(result);
        };
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CouncilApiController.class)
    static class CouncilApi {

        /** Stands in for the issuer: each token value names one caller. */
        @Bean
        JwtDecoder stubDecoder() {
            Map<String, Jwt> callers = Map.of(
                    "lysychansk-clerk", TestTokens.jwt("lysychansk-clerk", "lysychansk", "clerk"),
                    "lysychansk-admin", TestTokens.jwt("lysychansk-admin", "lysychansk", "admin"),
                    "lysychansk-auditor", TestTokens.jwt("lysychansk-auditor", "lysychansk", "auditor"),
                    "platform-admin", TestTokens.jwt("platform-admin", null, "platform-admin"),
                    "clerk-without-tenant", TestTokens.jwt("clerk-without-tenant", null, "clerk"));
            return token -> {
                if (token.equals("issuer-down")) {
                    throw new JwtException("Couldn't retrieve remote JWK set");
                }
                Jwt jwt = callers.get(token);
                if (jwt == null) {
                    throw new BadJwtException("Jwt expired");
                }
                return jwt;
            };
        }

        @Bean
        ApiAccessRule recordThings() {
            return ApiAccessRule.post(THINGS).allow(Role.CLERK);
        }

        @Bean
        ApiAccessRule withdrawThings() {
            return ApiAccessRule.post(THINGS + "/{id}/withdrawal").allow(Role.ADMIN);
        }

        @Bean
        ApiAccessRule rebuildEverything() {
            return ApiAccessRule.post("/api/registry/rebuilds").allow(Role.ADMIN, Role.PLATFORM_ADMIN);
        }

        @Bean
        ApiAccessRule listUsers() {
            return ApiAccessRule.get("/api/registry/users").allow(Role.ADMIN);
        }
    }

    @RestController
    static class CouncilApiController {

        private final TenantContext tenantContext;

        CouncilApiController(TenantContext tenantContext) {
            this.tenantContext = tenantContext;
        }

        @GetMapping(THINGS)
        Map<String, String> things() {
            CurrentUser user = tenantContext.currentUser().orElseThrow();
            return Map.of("tenant", tenantContext.requireTenant(), "user", user.userId());
        }

        @PostMapping({THINGS, THINGS + "/{id}/withdrawal", THINGS + "/{id}/archive"})
        Map<String, String> record() {
            return Map.of("tenant", tenantContext.requireTenant());
        }

        @PostMapping("/api/registry/rebuilds")
        Map<String, String> rebuild() {
            return Map.of();
        }

        @GetMapping("/api/registry/users")
        Map<String, String> users() {
            return Map.of();
        }

        @GetMapping("/api/tenants")
        Map<String, String> tenants() {
            return Map.of();
        }

        @PostMapping("/api/tenants")
        Map<String, String> onboard() {
            return Map.of();
        }

        @GetMapping("/api/tenants/mine")
        Map<String, String> mine() {
            return Map.of("tenant", tenantContext.requireTenant());
        }

        @GetMapping({"/actuator/health", "/actuator/health/{group}", "/actuator/prometheus", "/actuator/env",
                "/api/registry/v3/api-docs", "/elsewhere"})
        Map<String, String> endpointsOfOtherModules(@PathVariable(required = false) String group) {
            return Map.of("status", "UP");
        }
    }
}
