package ua.hromada.registry.api.correspondence;

import java.util.List;

/**
 * One page of incoming documents, ordered by the day they were received.
 *
 * @param total how many documents match, over all pages
 */
public record IncomingDocumentPage(List<IncomingDocumentView> items, int page, int size, long total) {

    public IncomingDocumentPage {
        items = List.copyOf(items);
    }
}
