package ua.hromada.registry.api.appeal;

import java.util.List;

/**
 * One page of citizens' appeals, ordered by the day they were received.
 *
 * @param total how many appeals match, over all pages
 */
public record CitizenAppealPage(List<CitizenAppealView> items, int page, int size, long total) {

    public CitizenAppealPage {
        items = List.copyOf(items);
    }
}
