package ua.hromada.registry.commission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One question of a meeting's agenda in a request or an import line.
 *
 * @param decision what the commission decided, when already known
 */
record AgendaItemRequest(
        @NotBlank @Size(max = 100) String itemId,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 4000) String decision) {
}
