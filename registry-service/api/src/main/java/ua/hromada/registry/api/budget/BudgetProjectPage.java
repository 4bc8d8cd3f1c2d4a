package ua.hromada.registry.api.budget;

import java.util.List;

/**
 * One page of participatory-budget projects. Each register answers its lists with a page type of its own (rather
 * than a generic page) because Axon matches a query's response type by class.
 *
 * @param total how many projects match, over all pages
 */
public record BudgetProjectPage(List<BudgetProjectView> items, int page, int size, long total) {

    public BudgetProjectPage {
        items = List.copyOf(items);
    }
}
