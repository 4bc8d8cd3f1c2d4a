package ua.hromada.registry.api.petition;

import java.util.List;

/**
 * One page of e-petitions. Each register answers its lists with a page type of its own (rather than a generic
 * page) because Axon matches a query's response type by class.
 *
 * @param total how many petitions match, over all pages
 */
public record PetitionPage(List<PetitionView> items, int page, int size, long total) {

    public PetitionPage {
        items = List.copyOf(items);
    }
}
