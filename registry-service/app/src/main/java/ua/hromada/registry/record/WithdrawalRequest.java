package ua.hromada.registry.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST .../{id}/withdrawal}: why the record was entered in error. */
public record WithdrawalRequest(@NotBlank @Size(max = 1000) String reason) {
}
