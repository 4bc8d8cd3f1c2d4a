package ua.hromada.registry.api.organisation;

import java.util.List;

/**
 * One page of organisations. Each register answers its lists with a page type of its own (rather than a generic
 * page) because Axon matches a query's response type by class.
 *
 * @param total how many organisations match, over all pages
 */
public record OrganisationPage(List<OrganisationView> items, int page, int size, long total) {

    public OrganisationPage {
        items = List.copyOf(items);
    }
}
