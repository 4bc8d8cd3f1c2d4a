package ua.hromada.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which roles may send one kind of request to a council's API. A service declares one bean per write endpoint,
 * beside the controller that serves it:
 *
 * <pre>{@code @Bean ApiAccessRule registerOrganisations() {
 *     return ApiAccessRule.post("/api/registry/organisations").allow(Role.CLERK);
 * }}</pre>
 *
 * Under {@code /api/**} a write (any method but GET and HEAD) that no rule matches is refused with 403, so an
 * endpoint nobody granted stays closed. Reads need no rule: clerks, admins and auditors of the council may read;
 * a GET rule narrows that to its roles. Admins may do whatever clerks may ({@link Role#includes}); every rule
 * applies only to callers whose token names a council.
 */
public final class ApiAccessRule {

    private static final String TENANT_MANAGEMENT_PREFIX = "/api/tenants";

    private final HttpMethod method;
    private final String pathPattern;
    private final Set<Role> roles;
    private final RequestMatcher matcher;

    private ApiAccessRule(HttpMethod method, String pathPattern, Set<Role> roles) {
        this.method = method;
        this.pathPattern = pathPattern;
        this.roles = Set.copyOf(roles);
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // HEAD answers what GET answers minus the body, so a rule narrowing reads narrows both.
        this.matcher = method == HttpMethod.GET
                ? new OrRequestMatcher(paths.matcher(HttpMethod.GET, pathPattern), paths.matcher(HttpMethod.HEAD, pathPattern))
                : paths.matcher(method, pathPattern);
    }

    /** Requests that create a record, e.g. {@code /api/registry/organisations}. */
    public static Builder post(String pathPattern) {
        return new Builder(HttpMethod.POST, pathPattern);
    }

    public static Builder put(String pathPattern) {
        return new Builder(HttpMethod.PUT, pathPattern);
    }

    public static Builder patch(String pathPattern) {
        return new Builder(HttpMethod.PATCH, pathPattern);
    }

    public static Builder delete(String pathPattern) {
        return new Builder(HttpMethod.DELETE, pathPattern);
    }

    /** Narrows who may read, e.g. a council's user list to admins. */
    public static Builder get(String pathPattern) {
        return new Builder(HttpMethod.GET, pathPattern);
    }

    public HttpMethod method() {
        return method;
    }

    /** A Spring {@code PathPattern}, e.g. {@code /api/registry/organisations/{id}/withdrawal}. */
    public String pathPattern() {
        return pathPattern;
    }

    public Set<Role> roles() {
        return roles;
    }

    boolean matches(HttpServletRequest request) {
        return matcher.matches(request);
    }

    boolean allows(CurrentUser user) {
        return roles.stream().anyMatch(user::mayActAs);
    }

    /**
     * Whether the caller may act although the token names no council: only a platform admin, and only where the
     * rule names that role — for the few platform-wide operations a service offers (e.g. rebuilding every
     * council's reports).
     */
    boolean allowsWithoutCouncil(CurrentUser user) {
        return roles.contains(Role.PLATFORM_ADMIN) && user.mayActAs(Role.PLATFORM_ADMIN);
    }

    @Override
    public String toString() {
        return method + " " + pathPattern + " by " + roles;
    }

    /** Names the roles of a rule. */
    public static final class Builder {

        private final HttpMethod method;
        private final String pathPattern;

        private Builder(HttpMethod method, String pathPattern) {
            if (pathPattern == null || !pathPattern.startsWith("/api/")) {
                throw new IllegalArgumentException("an API access rule covers a path under /api/, got: " + pathPattern);
            }
            if (pathPattern.startsWith(TENANT_MANAGEMENT_PREFIX)) {
                throw new IllegalArgumentException("tenant management is for platform admins alone and takes no "
                        + "rules, got: " + pathPattern);
            }
            this.method = method;
            this.pathPattern = pathPattern;
        }

        public ApiAccessRule allow(Role role, Role... moreRoles) {
            return new ApiAccessRule(method, pathPattern, EnumSet.of(role, moreRoles));
        }
    }
}
