package ua.hromada.registry.api.commission;

import java.util.List;

/**
 * One page of commissions. Each register answers its lists with a page type of its own (rather than a generic
 * page) because Axon matches a query's response type by class.
 *
 * @param total how many commissions match, over all pages
 */
public record CommissionPage(List<CommissionView> items, int page, int size, long total) {

    public CommissionPage {
        items = List.copyOf(items);
    }
}
