package ua.hromada.registry.api.appeal;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a resident reached the council with an appeal: by phone, through the web portal, on Facebook, by e-mail, in
 * writing or in person. Reports count appeals by channel to show where residents turn; written in JSON in lower
 * snake case, e.g. {@code web_portal}.
 */
public enum AppealChannel {
    PHONE,
    WEB_PORTAL,
    FACEBOOK,
    EMAIL,
    WRITTEN,
    IN_PERSON;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel written as {@link #value()}, or empty for anything else. */
    public static Optional<AppealChannel> fromValue(String value) {
        return Arrays.stream(values()).filter(channel -> channel.value().equals(value)).findFirst();
    }
}
