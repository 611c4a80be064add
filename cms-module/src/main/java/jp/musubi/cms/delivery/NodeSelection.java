package jp.musubi.cms.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.musubi.cms.search.SearchHit;

/** Filters, orders and pages the nodes of an endpoint in memory. */
final class NodeSelection {

    private NodeSelection() {
    }

    /**
     * @param nodes all nodes of the endpoint, in the default order
     * @param byName the same nodes by {@code @name}
     * @param hits  full-text hits, best first, when the query has {@code q}; null otherwise
     * @param deadline checked while filtering and ordering, whose cost the query decides
     * @throws DeliveryProblem (503) when the deadline passes first
     */
    static ResultPage select(List<DeliveryNode> nodes, Map<String, DeliveryNode> byName, DeliveryQuery query,
                             List<SearchHit> hits, RequestDeadline deadline) {
        List<DeliveryNode> candidates = hits == null ? nodes : restrictTo(hits, byName, deadline);
        List<DeliveryNode> matches;
        if (query.filters().isEmpty() && query.orderBy().isEmpty()) {
            // The most common request, a plain page, needs no copy.
            matches = candidates;
        } else {
            matches = new ArrayList<>();
            for (DeliveryNode node : candidates) {
                deadline.check();
                if (matchesAll(node, query.filters())) {
                    matches.add(node);
                }
            }
            if (!query.orderBy().isEmpty()) {
                Comparator<DeliveryNode> order = comparator(query.orderBy());
                matches.sort((a, b) -> {
                    deadline.check();
                    return order.compare(a, b);
                });
            }
        }
        int from = Math.min(query.offset(), matches.size());
        int to = (int) Math.min((long) from + query.limit(), matches.size());
        return new ResultPage(matches.size(), query.offset(), query.limit(), matches.subList(from, to));
    }

    /**
     * The published nodes among the hits, in relevance order. A hit the snapshot does not hold
     * (unpublished since it was indexed, or indexed under another id) is dropped: the published
     * revision, not the index, decides what is delivered.
     */
    private static List<DeliveryNode> restrictTo(List<SearchHit> hits, Map<String, DeliveryNode> byName,
                                                 RequestDeadline deadline) {
        List<DeliveryNode> restricted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SearchHit hit : hits) {
            deadline.check();
            DeliveryNode node = byName.get(hit.name());
            if (node != null && node.item().id().equals(hit.id()) && seen.add(hit.name())) {
                restricted.add(node);
            }
        }
        return restricted;
    }

    private static boolean matchesAll(DeliveryNode node, List<Filter> filters) {
        for (Filter filter : filters) {
            if (!filter.matches(node.values())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The requested order, then {@code @name} so pages never overlap. Items without a value come
     * last in either direction, so "newest first" does not start with undated items.
     */
    static Comparator<DeliveryNode> comparator(List<SortKey> keys) {
        Comparator<DeliveryNode> comparator = (a, b) -> 0;
        for (SortKey key : keys) {
            comparator = comparator.thenComparing((a, b) -> compare(a, b, key));
        }
        return comparator.thenComparing(DeliveryNode::name);
    }

    private static int compare(DeliveryNode a, DeliveryNode b, SortKey key) {
        Comparable<?> x = first(a, key.field());
        Comparable<?> y = first(b, key.field());
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        int comparison = Values.compare(x, y);
        return key.descending() ? -comparison : comparison;
    }

    private static Comparable<?> first(DeliveryNode node, DeliveryField field) {
        List<Comparable<?>> values = node.values().get(field.name());
        return values == null ? null : values.get(0);
    }
}
