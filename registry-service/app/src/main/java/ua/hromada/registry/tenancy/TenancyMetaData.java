package ua.hromada.registry.tenancy;

/** Metadata keys that every command, query and event carries; the event store copies them into each event. */
public final class TenancyMetaData {

    public static final String TENANT = "tenant";
    public static final String USER = "user";

    private TenancyMetaData() {
    }
}
