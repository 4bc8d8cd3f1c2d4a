package ua.hromada.registry.record;

/** The answer to a write: {@code {"id": "<client id>"}}, the id the client uses in later requests. */
public record RecordReference(String id) {
}
