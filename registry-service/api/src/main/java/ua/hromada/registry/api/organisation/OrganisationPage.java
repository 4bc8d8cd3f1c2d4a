package ua.hromada.registry.api.organisation;

import java.util.List;

/**
 * One page of organisations.
 *
 * @param total how many organisations match, over all pages
 */
public record OrganisationPage(List<OrganisationView> items, int page, int size, long total) {

    public OrganisationPage {
        items = List.copyOf(items);
    }
}
