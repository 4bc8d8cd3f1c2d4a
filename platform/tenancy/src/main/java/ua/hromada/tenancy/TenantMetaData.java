package ua.hromada.tenancy;

/**
 * Metadata keys that every command, query and event carries. The event store copies both from a command to the
 * events it causes and stores them beside each event.
 */
public final class TenantMetaData {

    /** The council whose record the message concerns. */
    public static final String TENANT = "tenant";

    /** Who caused the message: the token's {@code preferred_username}, or its {@code sub}. */
    public static final String USER = "user";

    private TenantMetaData() {
    }
}
