package ua.hromada.registry.api.correspondence;

import java.util.List;

/**
 * One page of outgoing documents, ordered by the day they were sent.
 *
 * @param total how many documents match, over all pages
 */
public record OutgoingDocumentPage(List<OutgoingDocumentView> items, int page, int size, long total) {

    public OutgoingDocumentPage {
        items = List.copyOf(items);
    }
}
