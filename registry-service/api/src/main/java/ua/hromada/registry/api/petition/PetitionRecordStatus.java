package ua.hromada.registry.api.petition;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The status a petition's record shows in the register: the {@link PetitionStatus} it reached, or withdrawn when
 * the record was entered in error. Kept apart from {@link PetitionStatus}, which a submission may name, because no
 * petition is ever submitted withdrawn. Written in JSON in lower case, with the same values as
 * {@link PetitionStatus} plus {@code withdrawn}.
 */
public enum PetitionRecordStatus {
    MODERATION,
    PUBLISHED,
    REJECTED,
    ANSWERED,
    WITHDRAWN;

    /** The value clients and stored documents use. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status written as {@link #value()}, or empty for anything else. */
    public static Optional<PetitionRecordStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }

    /** The record status of a petition in this lifecycle status. */
    public static PetitionRecordStatus of(PetitionStatus status) {
        return valueOf(status.name());
    }
}
