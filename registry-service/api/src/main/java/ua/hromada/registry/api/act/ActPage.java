package ua.hromada.registry.api.act;

import java.util.List;

/**
 * One page of acts. Each register answers its lists with a page type of its own (rather than a generic page)
 * because Axon matches a query's response type by class.
 *
 * @param total how many acts match, over all pages
 */
public record ActPage(List<ActView> items, int page, int size, long total) {

    public ActPage {
        items = List.copyOf(items);
    }
}
