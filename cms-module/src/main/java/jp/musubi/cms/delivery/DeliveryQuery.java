package jp.musubi.cms.delivery;

import java.util.List;

/**
 * A parsed list request.
 *
 * @param orderBy empty for the default order (relevance with {@code q}, else creation order)
 * @param text    the full-text query {@code q}, or null
 */
record DeliveryQuery(int limit, int offset, List<SortKey> orderBy, List<Filter> filters, String text) {

    DeliveryQuery {
        orderBy = List.copyOf(orderBy);
        filters = List.copyOf(filters);
    }
}
