package ua.hromada.registry.record;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids clients choose for records. A client that does not choose ids can still retry safely by sending an
 * {@code Idempotency-Key}: the id is derived from it, per register, so the same key names the same record again.
 */
public final class ClientIds {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
    public static final String RULE =
            "must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    private ClientIds() {
    }

    /** The requested id, or one derived from the idempotency key, or a new random one. */
    public static String choose(String recordType, String requestedId, String idempotencyKey) {
        if (requestedId != null) {
            return requestedId;
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            return UUID.nameUUIDFromBytes((recordType + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }
        return UUID.randomUUID().toString();
    }
}
