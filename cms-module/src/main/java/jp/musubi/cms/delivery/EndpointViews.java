package jp.musubi.cms.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.musubi.cms.content.PublishedItem;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.DeliveryEndpointDefinition;
import jp.musubi.contenttypes.definition.ReferenceDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Builds and caches the {@link EndpointView} of each endpoint from the current snapshots. */
@Component
class EndpointViews {

    private final PublishedSnapshots snapshots;
    private final NodeRenderer renderer;
    private final Map<String, DeliveryFields> fields = new HashMap<>();
    private final Map<String, EndpointView> views = new ConcurrentHashMap<>();
    private final Map<String, Object> buildLocks = new ConcurrentHashMap<>();
    private final Clock clock;

    @Autowired
    EndpointViews(PublishedSnapshots snapshots, ContentTypeRegistry registry, ObjectProvider<Clock> clock) {
        this(snapshots, registry, clock.getIfAvailable(Clock::systemUTC));
    }

    EndpointViews(PublishedSnapshots snapshots, ContentTypeRegistry registry, Clock clock) {
        this.snapshots = snapshots;
        this.renderer = new NodeRenderer(registry);
        this.clock = clock;
        for (DeliveryEndpointDefinition endpoint : registry.endpoints()) {
            fields.put(endpoint.name(), DeliveryFields.of(registry.typeOf(endpoint)));
        }
    }

    /** The fields queries on this endpoint may use; known without reading any content. */
    DeliveryFields fields(DeliveryEndpointDefinition endpoint) {
        return fields.get(endpoint.name());
    }

    /** The endpoint's nodes as of the last {@link PublishedSnapshots#sync()}. */
    EndpointView view(DeliveryEndpointDefinition endpoint) {
        EndpointView view = views.get(endpoint.name());
        if (view != null && view.isBuiltFrom(sources(endpoint))) {
            return view;
        }
        synchronized (buildLocks.computeIfAbsent(endpoint.name(), name -> new Object())) {
            List<WorkspaceSnapshot> sources = sources(endpoint);
            EndpointView current = views.get(endpoint.name());
            if (current != null && current.isBuiltFrom(sources)) {
                return current;
            }
            EndpointView fresh = build(endpoint, sources, current);
            views.put(endpoint.name(), fresh);
            return fresh;
        }
    }

    private List<WorkspaceSnapshot> sources(DeliveryEndpointDefinition endpoint) {
        List<String> workspaces = new ArrayList<>();
        workspaces.add(endpoint.workspace());
        for (ReferenceDefinition reference : endpoint.references()) {
            if (!workspaces.contains(reference.targetWorkspace())) {
                workspaces.add(reference.targetWorkspace());
            }
        }
        return workspaces.stream().map(snapshots::snapshot).toList();
    }

    /**
     * Renders the nodes of the endpoint. A node of the previous view is reused when its item is the
     * same instance (snapshots keep unchanged items) and no referenced workspace changed, so one
     * publication re-renders one node, not thousands. An endpoint whose references point into its
     * own workspace is rendered whole, as any change there may change what a node embeds.
     */
    private EndpointView build(DeliveryEndpointDefinition endpoint, List<WorkspaceSnapshot> sources,
                               EndpointView previous) {
        boolean selfReferencing = endpoint.references().stream()
                .anyMatch(reference -> reference.targetWorkspace().equals(endpoint.workspace()));
        boolean referencesUnchanged = previous != null && !selfReferencing
                && sameInstances(previous.sources().subList(1, previous.sources().size()),
                sources.subList(1, sources.size()));
        Map<String, WorkspaceSnapshot> byWorkspace = new HashMap<>();
        sources.forEach(snapshot -> byWorkspace.put(snapshot.workspace(), snapshot));
        NodeRenderer.ReferenceLookup lookup = (workspace, name) -> {
            WorkspaceSnapshot snapshot = byWorkspace.get(workspace);
            return snapshot == null ? null : snapshot.items().get(name);
        };
        DeliveryFields endpointFields = fields(endpoint);
        List<DeliveryNode> nodes = new ArrayList<>();
        Instant lastModified = null;
        for (PublishedItem item : sources.get(0).items().values()) {
            if (!isUnder(endpoint.rootPath(), item)) {
                continue;
            }
            DeliveryNode reusable = referencesUnchanged ? previous.byName().get(item.name()) : null;
            if (reusable != null && reusable.item() == item) {
                nodes.add(reusable);
                lastModified = later(lastModified, reusable.lastModified());
                continue;
            }
            NodeRenderer.Rendered rendered = renderer.render(item, endpoint, lookup);
            Instant nodeModified = rendered.lastModified();
            for (String workspace : rendered.unresolvedWorkspaces()) {
                // A reference that resolves to nothing may have lost its target: count that removal.
                nodeModified = later(nodeModified, byWorkspace.get(workspace).removedAt());
            }
            nodes.add(new DeliveryNode(item, DeliveryJson.node(rendered.node()), nodeModified,
                    endpointFields.valuesOf(item)));
            lastModified = later(lastModified, nodeModified);
        }
        nodes.sort(NodeSelection.comparator(List.of(
                new SortKey(endpointFields.find(DeliveryFields.CREATED).orElseThrow(), false))));
        Map<String, DeliveryNode> byName = new LinkedHashMap<>();
        nodes.forEach(node -> byName.put(node.name(), node));
        lastModified = later(lastModified, sources.get(0).removedAt());
        if (lastModified == null) {
            // Nothing was ever published here: the time of building stands in for "unchanged since".
            lastModified = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
        return new EndpointView(endpoint, nodes, byName, sources, lastModified);
    }

    static boolean sameInstances(List<WorkspaceSnapshot> a, List<WorkspaceSnapshot> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Items are stored flat as /{name}; an endpoint with a deeper rootPath serves those under it. */
    private static boolean isUnder(String rootPath, PublishedItem item) {
        if (rootPath.equals("/")) {
            return true;
        }
        String root = rootPath.endsWith("/") ? rootPath : rootPath + "/";
        return item.path() != null && item.path().startsWith(root);
    }

    static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b != null && b.isAfter(a) ? b : a;
    }
}
