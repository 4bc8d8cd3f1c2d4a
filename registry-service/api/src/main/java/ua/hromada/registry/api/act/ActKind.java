package ua.hromada.registry.api.act;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of act the council's register holds: the head's directives, decisions of the council and of its
 * executive committee, draft decisions put up for discussion, and the protocols of sessions and executive committee
 * meetings. Reports count acts by kind. Written in JSON in lower snake case, e.g. {@code council_decision}.
 */
public enum ActKind {
    HEAD_DIRECTIVE,
    COUNCIL_DECISION,
    EXECUTIVE_DECISION,
    DRAFT_DECISION,
    SESSION_PROTOCOL,
    EXECUTIVE_PROTOCOL;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written as {@link #value()}, or empty for anything else. */
    public static Optional<ActKind> fromValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
    }
}
