package ua.hromada.registry.api.streetcommittee;

import java.util.List;

/**
 * One page of street committees. Each register answers its lists with a page type of its own (rather than a
 * generic page) because Axon matches a query's response type by class.
 *
 * @param total how many committees match, over all pages
 */
public record StreetCommitteePage(List<StreetCommitteeView> items, int page, int size, long total) {

    public StreetCommitteePage {
        items = List.copyOf(items);
    }
}
