package ua.hromada.registry.api.record;

/**
 * What a creating command did: recorded a new record, or recognised an identical repeat of the command that
 * created it (a retried request or a re-imported line) and recorded nothing. The REST layer answers 201 and 200.
 */
public enum CreationOutcome {
    CREATED,
    ALREADY_RECORDED;

    public boolean created() {
        return this == CREATED;
    }
}
