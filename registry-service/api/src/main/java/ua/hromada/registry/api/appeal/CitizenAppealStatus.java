package ua.hromada.registry.api.appeal;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a citizen's appeal is: received and open, resolved, or withdrawn as entered in error; lower case in JSON. */
public enum CitizenAppealStatus {
    RECEIVED,
    RESOLVED,
    WITHDRAWN;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CitizenAppealStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
