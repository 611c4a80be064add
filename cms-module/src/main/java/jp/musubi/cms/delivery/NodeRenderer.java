package jp.musubi.cms.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.cms.content.PublishedItem;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.DeliveryEndpointDefinition;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyType;
import jp.musubi.contenttypes.definition.ReferenceDefinition;
import jp.musubi.contenttypes.definition.SubModelDefinition;

/**
 * Turns a published item into a node of Magnolia's delivery JSON:
 * <pre>
 * {"@name", "@path", "@id", "@nodeType", "mgnl:created", "mgnl:lastModified", "mgnl:lastActivated",
 *  "mgnl:activationStatus", …properties…, "@nodes": [sub-node names]}
 * </pre>
 * Only the definition's non-personal properties are written — never a property merely because the
 * item holds it — so personal data cannot reach the output even if the store hands it over.
 * Sub-model values become child nodes; assets become {@code {"@id", "@link"}}; references the
 * endpoint resolves become the referenced published node (one level, its own references left as
 * names), and disappear when the target is not published.
 */
final class NodeRenderer {

    static final String SUB_NODE_TYPE = "mgnl:contentNode";
    static final String NODES = "@nodes";

    /** Finds a published item for reference resolution; null when there is none. */
    @FunctionalInterface
    interface ReferenceLookup {
        PublishedItem find(String workspace, String name);
    }

    /**
     * @param lastModified         the latest {@code lastActivated} of the item and of every node embedded in it
     * @param unresolvedWorkspaces workspaces in which a resolved reference found no published target
     */
    record Rendered(Map<String, Object> node, Instant lastModified, Set<String> unresolvedWorkspaces) {
    }

    private final ContentTypeRegistry registry;

    NodeRenderer(ContentTypeRegistry registry) {
        this.registry = registry;
    }

    /** Renders an item of the endpoint's type, resolving the references the endpoint names. */
    Rendered render(PublishedItem item, DeliveryEndpointDefinition endpoint, ReferenceLookup lookup) {
        return render(item, registry.typeOf(endpoint), endpoint.references(), lookup);
    }

    private Rendered render(PublishedItem item, ContentTypeDefinition type, List<ReferenceDefinition> references,
                            ReferenceLookup lookup) {
        Instant[] lastModified = {item.lastActivated()};
        Set<String> unresolved = new HashSet<>();
        String path = item.path() == null || item.path().isBlank() ? "/" + item.name() : item.path();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@name", item.name());
        node.put("@path", path);
        node.put("@id", item.id().toString());
        node.put("@nodeType", type.nodeType());
        putDate(node, "mgnl:created", item.created());
        putDate(node, "mgnl:lastModified", item.lastModified());
        putDate(node, "mgnl:lastActivated", item.lastActivated());
        node.put("mgnl:activationStatus", item.status().name().toLowerCase(Locale.ROOT));
        List<String> childNames = new ArrayList<>();
        for (PropertyDefinition property : type.deliverableProperties()) {
            Object value = item.properties().get(property.name());
            if (isAbsent(value)) {
                continue;
            }
            PropertyType.Kind kind = property.type().kind();
            if (kind == PropertyType.Kind.SUB_MODEL) {
                SubModelDefinition subModel = type.subModel(property.type().target()).orElseThrow();
                node.put(property.name(), subNode(item, path + "/" + property.name(), property, subModel, value));
                childNames.add(property.name());
            } else if (kind == PropertyType.Kind.REFERENCE && resolves(references, property)) {
                ReferenceDefinition reference = references.stream()
                        .filter(r -> r.propertyName().equals(property.name())).findFirst().orElseThrow();
                resolve(property, reference, value, lookup, lastModified, unresolved)
                        .ifPresent(resolved -> node.put(property.name(), resolved));
            } else {
                node.put(property.name(), scalarValue(property, value));
            }
        }
        node.put(NODES, List.copyOf(childNames));
        return new Rendered(node, lastModified[0], Set.copyOf(unresolved));
    }

    private static boolean resolves(List<ReferenceDefinition> references, PropertyDefinition property) {
        return references.stream().anyMatch(r -> r.propertyName().equals(property.name()));
    }

    private Optional<Object> resolve(PropertyDefinition property, ReferenceDefinition reference, Object value,
                                     ReferenceLookup lookup, Instant[] lastModified, Set<String> unresolved) {
        ContentTypeDefinition targetType = registry.findTypeByWorkspace(reference.targetWorkspace()).orElseThrow();
        List<Map<String, Object>> resolved = new ArrayList<>();
        for (Object name : asList(value)) {
            PublishedItem target = lookup.find(reference.targetWorkspace(), name.toString());
            if (target == null) {
                unresolved.add(reference.targetWorkspace());
            } else {
                // No further nesting: the target's own references stay names.
                Rendered rendered = render(target, targetType, List.of(), lookup);
                resolved.add(rendered.node());
                lastModified[0] = later(lastModified[0], rendered.lastModified());
            }
        }
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(property.multiple() ? List.copyOf(resolved) : resolved.get(0));
    }

    private static Map<String, Object> subNode(PublishedItem item, String path, PropertyDefinition property,
                                               SubModelDefinition subModel, Object value) {
        if (!property.multiple()) {
            return childNode(item, property.name(), path, subModel, value);
        }
        // Magnolia keeps the entries of a multi-value composite as numbered child nodes.
        Map<String, Object> container = nodeHeader(item, property.name(), path);
        List<String> names = new ArrayList<>();
        List<?> entries = asList(value);
        for (int i = 0; i < entries.size(); i++) {
            String name = Integer.toString(i);
            container.put(name, childNode(item, name, path + "/" + name, subModel, entries.get(i)));
            names.add(name);
        }
        container.put(NODES, List.copyOf(names));
        return container;
    }

    private static Map<String, Object> childNode(PublishedItem item, String name, String path,
                                                 SubModelDefinition subModel, Object value) {
        Map<String, Object> node = nodeHeader(item, name, path);
        if (value instanceof Map<?, ?> fields) {
            for (PropertyDefinition field : subModel.properties()) {
                Object fieldValue = fields.get(field.name());
                if (!field.personalData() && !isAbsent(fieldValue)) {
                    node.put(field.name(), scalarValue(field, fieldValue));
                }
            }
        }
        node.put(NODES, List.of());
        return node;
    }

    private static Map<String, Object> nodeHeader(PublishedItem item, String name, String path) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@name", name);
        node.put("@path", path);
        // Sub-models have no id of their own; a name-based UUID keeps theirs stable across requests.
        node.put("@id", UUID.nameUUIDFromBytes((item.id() + path).getBytes(StandardCharsets.UTF_8)).toString());
        node.put("@nodeType", SUB_NODE_TYPE);
        return node;
    }

    /** A plain value, an asset, or an unresolved reference name; a list for a multiple property. */
    private static Object scalarValue(PropertyDefinition property, Object value) {
        boolean asset = property.type().kind() == PropertyType.Kind.ASSET;
        if (!property.multiple() && !(value instanceof List<?>)) {
            return asset ? asset(value) : value;
        }
        List<Object> values = new ArrayList<>();
        for (Object element : asList(value)) {
            if (element != null) {
                values.add(asset ? asset(element) : element);
            }
        }
        return values;
    }

    /** An asset as Magnolia links it; the DAM serves {@code /dam/{id}}, so no lookup is needed here. */
    static Map<String, Object> asset(Object id) {
        Map<String, Object> asset = new LinkedHashMap<>();
        asset.put("@id", id.toString());
        asset.put("@link", "/dam/" + id);
        return asset;
    }

    private static void putDate(Map<String, Object> node, String name, Instant instant) {
        if (instant != null) {
            node.put(name, DeliveryDates.format(instant));
        }
    }

    private static boolean isAbsent(Object value) {
        return value == null || value instanceof List<?> list && list.isEmpty()
                || value instanceof CharSequence text && text.isEmpty();
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b != null && b.isAfter(a) ? b : a;
    }
}
