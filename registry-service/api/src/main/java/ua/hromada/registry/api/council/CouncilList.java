package ua.hromada.registry.api.council;

import java.util.List;

/** Every council of the platform, ordered by code. */
public record CouncilList(List<CouncilView> items) {

    public CouncilList {
        items = List.copyOf(items);
    }
}
