package ua.hromada.tenancy;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An aggregate identifier that belongs to one tenant: {@code <tenant>:<client id>}, e.g. {@code nizhyn:org-17}.
 * <p>
 * Aggregates of every tenant live in one event store; qualifying each identifier by its tenant means that an id
 * built from one caller's tenant can never address another tenant's aggregate, and that the same client-chosen
 * id in two tenants names two records. Tenants cannot contain the separator, so the split is unambiguous even
 * when a client id contains {@code ':'}.
 *
 * @param tenant   the council, e.g. {@code lysychansk}
 * @param clientId the id the client chose or the service generated, unique within the tenant
 */
public record TenantScopedId(String tenant, String clientId) {

    public static final char SEPARATOR = ':';

    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    public TenantScopedId {
        if (!isTenant(tenant)) {
            throw new IllegalArgumentException("not a tenant: " + tenant);
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a client id must not be blank");
        }
    }

    public static TenantScopedId of(String tenant, String clientId) {
        return new TenantScopedId(tenant, clientId);
    }

    /** Reads {@code <tenant>:<client id>}; fails for anything else. */
    public static TenantScopedId parse(String value) {
        return tryParse(value).orElseThrow(() -> new IllegalArgumentException("not a tenant-scoped id: " + value));
    }

    public static Optional<TenantScopedId> tryParse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int separator = value.indexOf(SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        String tenant = value.substring(0, separator);
        String clientId = value.substring(separator + 1);
        if (!isTenant(tenant) || clientId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TenantScopedId(tenant, clientId));
    }

    /** Whether {@code candidate} is a well-formed tenant: lower-case letters, digits, '-' or '_', at most 63. */
    public static boolean isTenant(String candidate) {
        return candidate != null && TENANT.matcher(candidate).matches();
    }

    public boolean belongsTo(String otherTenant) {
        return tenant.equals(otherTenant);
    }

    /** The stored form, {@code <tenant>:<client id>}. */
    public String value() {
        return tenant + SEPARATOR + clientId;
    }

    /** The stored form as well: Axon takes an aggregate identifier's {@code toString()}. */
    @Override
    public String toString() {
        return value();
    }
}
