package jp.musubi.cms.delivery;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import jp.musubi.cms.search.ContentSearch;
import jp.musubi.cms.search.SearchHit;
import jp.musubi.cms.search.SearchQuery;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.DeliveryEndpointDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Answers delivery requests from the in-memory views: parameters are checked first (a refusal
 * reads nothing), then the change log is asked once whether anything was published, then the
 * nodes are filtered, ordered and paged in memory within the request's time budget
 * ({@code musubi.delivery.request-budget}).
 */
@Service
class DeliveryService {

    private final ContentTypeRegistry registry;
    private final PublishedSnapshots snapshots;
    private final EndpointViews views;
    private final ContentSearch search;
    private final DeliveryProperties properties;
    private final LongSupplier nanoTime;

    @Autowired
    DeliveryService(ContentTypeRegistry registry, PublishedSnapshots snapshots, EndpointViews views,
                    ContentSearch search, DeliveryProperties properties) {
        this(registry, snapshots, views, search, properties, System::nanoTime);
    }

    /** @param nanoTime the time source of the request budget, stepped by tests */
    DeliveryService(ContentTypeRegistry registry, PublishedSnapshots snapshots, EndpointViews views,
                    ContentSearch search, DeliveryProperties properties, LongSupplier nanoTime) {
        this.registry = registry;
        this.snapshots = snapshots;
        this.views = views;
        this.search = search;
        this.properties = properties;
        this.nanoTime = nanoTime;
    }

    /** {@code GET /.rest/delivery/{endpoint}}. */
    DeliveryResponse list(String endpointName, Map<String, List<String>> parameters) {
        DeliveryEndpointDefinition endpoint = endpoint(endpointName);
        DeliveryQuery query = DeliveryQueryParser.parse(parameters, views.fields(endpoint), endpoint.limit(),
                properties.like());
        snapshots.sync();
        EndpointView view = views.view(endpoint);
        List<SearchHit> hits = null;
        if (query.text() != null) {
            // Every hit of the workspace: filters and paging apply to the hits after the search.
            int all = Math.max(1, view.nodes().size());
            hits = search.search(SearchQuery.of(endpoint.workspace(), query.text(), all)).hits();
        }
        // Started after the snapshot is current: reading a workspace after a publication is shared work
        // the query does not choose, and the first request after start must not be refused for it.
        RequestDeadline deadline = RequestDeadline.after(properties.requestBudget(), nanoTime);
        ResultPage page = NodeSelection.select(view.nodes(), view.byName(), query, hits, deadline);
        // The endpoint's latest change rather than only the page's items': republishing or removing an
        // item elsewhere can change what a filtered page shows, and If-Modified-Since must see that.
        return DeliveryResponse.of(DeliveryJson.list(page), view.lastModified());
    }

    /** {@code GET /.rest/delivery/{endpoint}/{name}}. */
    DeliveryResponse item(String endpointName, String name) {
        DeliveryEndpointDefinition endpoint = endpoint(endpointName);
        snapshots.sync();
        EndpointView view = views.view(endpoint);
        DeliveryNode node = view.byName().get(name);
        if (node == null) {
            throw DeliveryProblem.notFound(DeliveryMessages.unknownItem(endpointName, "/" + name));
        }
        return DeliveryResponse.of(node.json(), node.lastModified() == null ? view.lastModified() : node.lastModified());
    }

    private DeliveryEndpointDefinition endpoint(String name) {
        return registry.findEndpoint(name)
                .orElseThrow(() -> DeliveryProblem.notFound(DeliveryMessages.unknownEndpoint(name)));
    }
}
