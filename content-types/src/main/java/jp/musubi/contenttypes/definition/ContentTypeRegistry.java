package jp.musubi.contenttypes.definition;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every content type and delivery endpoint, loaded and validated together: a registry that
 * exists is consistent (references resolve, workspaces are unique, endpoints fit their types).
 * Immutable and thread-safe; build it once at start-up.
 */
public final class ContentTypeRegistry {

    public static final String CONTENT_TYPES_DIRECTORY = "musubi/content-types";
    public static final String DELIVERY_ENDPOINTS_DIRECTORY = "musubi/delivery-endpoints";

    private final Map<String, ContentTypeDefinition> typesByName;
    private final Map<String, ContentTypeDefinition> typesByWorkspace;
    private final Map<String, DeliveryEndpointDefinition> endpointsByName;

    private ContentTypeRegistry(Map<String, ContentTypeDefinition> typesByName,
                                Map<String, ContentTypeDefinition> typesByWorkspace,
                                Map<String, DeliveryEndpointDefinition> endpointsByName) {
        this.typesByName = Collections.unmodifiableMap(typesByName);
        this.typesByWorkspace = Collections.unmodifiableMap(typesByWorkspace);
        this.endpointsByName = Collections.unmodifiableMap(endpointsByName);
    }

    /** The definitions shipped in this module (and any other jar with the same directories). */
    public static ContentTypeRegistry loadFromClasspath() {
        return loadFromClasspath(ContentTypeRegistry.class.getClassLoader(),
                CONTENT_TYPES_DIRECTORY, DELIVERY_ENDPOINTS_DIRECTORY);
    }

    public static ContentTypeRegistry loadFromClasspath(ClassLoader classLoader, String typesDirectory,
                                                        String endpointsDirectory) {
        return of(DefinitionFiles.fromClasspath(classLoader, typesDirectory),
                DefinitionFiles.fromClasspath(classLoader, endpointsDirectory), typesDirectory, feature -> true);
    }

    public static ContentTypeRegistry loadFromDirectories(Path typesDirectory, Path endpointsDirectory) {
        return of(DefinitionFiles.fromDirectory(typesDirectory),
                DefinitionFiles.fromDirectory(endpointsDirectory), typesDirectory.toString(), feature -> true);
    }

    /**
     * Builds a registry from file contents.
     *
     * @throws ContentDefinitionException naming the first broken file and element
     */
    public static ContentTypeRegistry of(List<DefinitionFile> typeFiles, List<DefinitionFile> endpointFiles) {
        return of(typeFiles, endpointFiles, "content type definitions", feature -> true);
    }

    /**
     * As {@link #of(List, List)}, for a programme: an option that names a feature ({@link PropertyOption#feature()})
     * is offered only if {@code featureEnabled} accepts it.
     */
    public static ContentTypeRegistry of(List<DefinitionFile> typeFiles, List<DefinitionFile> endpointFiles,
                                         java.util.function.Predicate<String> featureEnabled) {
        return of(typeFiles, endpointFiles, "content type definitions", featureEnabled);
    }

    private static ContentTypeRegistry of(List<DefinitionFile> typeFiles, List<DefinitionFile> endpointFiles,
                                          String typesSource, java.util.function.Predicate<String> featureEnabled) {
        if (typeFiles.isEmpty()) {
            // An empty registry would let the CMS start and then reject every save.
            throw new ContentDefinitionException(typesSource, null, "no content type definitions (*.yaml) found");
        }
        Map<String, ContentTypeDefinition> byName = new LinkedHashMap<>();
        Map<String, ContentTypeDefinition> byWorkspace = new LinkedHashMap<>();
        for (DefinitionFile file : typeFiles) {
            ContentTypeDefinition type = ContentTypeParser.parse(file).forFeatures(featureEnabled);
            if (byName.putIfAbsent(type.name(), type) != null) {
                throw new ContentDefinitionException(file.location(), null,
                        "content type '" + type.name() + "' is defined twice");
            }
            // One type per workspace keeps "workspace" and "type" interchangeable for the store.
            ContentTypeDefinition other = byWorkspace.putIfAbsent(type.workspace(), type);
            if (other != null) {
                throw new ContentDefinitionException(file.location(), "datasource.workspace",
                        "workspace '" + type.workspace() + "' is already used by content type '" + other.name() + "'");
            }
        }
        for (DefinitionFile file : typeFiles) {
            checkReferenceTargets(file, byName.get(file.name()), byName);
        }
        Map<String, DeliveryEndpointDefinition> endpoints = new LinkedHashMap<>();
        for (DefinitionFile file : endpointFiles) {
            DeliveryEndpointDefinition endpoint = DeliveryEndpointParser.parse(file, byName, byWorkspace);
            if (endpoints.putIfAbsent(endpoint.name(), endpoint) != null) {
                throw new ContentDefinitionException(file.location(), null,
                        "delivery endpoint '" + endpoint.name() + "' is defined twice");
            }
        }
        return new ContentTypeRegistry(byName, byWorkspace, endpoints);
    }

    private static void checkReferenceTargets(DefinitionFile file, ContentTypeDefinition type,
                                              Map<String, ContentTypeDefinition> byName) {
        checkReferenceTargets(file, "property", type.properties(), byName);
        for (SubModelDefinition subModel : type.subModels()) {
            checkReferenceTargets(file, "subModel '" + subModel.name() + "' property", subModel.properties(), byName);
        }
    }

    private static void checkReferenceTargets(DefinitionFile file, String elementPrefix,
                                              List<PropertyDefinition> properties,
                                              Map<String, ContentTypeDefinition> byName) {
        for (PropertyDefinition property : properties) {
            PropertyType type = property.type();
            if (type.kind() == PropertyType.Kind.REFERENCE && !byName.containsKey(type.target())) {
                throw new ContentDefinitionException(file.location(), elementPrefix + " '" + property.name() + "'",
                        "references unknown content type '" + type.target()
                                + "' (known: " + String.join(", ", byName.keySet()) + ")");
            }
        }
    }

    /** All content types, in file name order. */
    public List<ContentTypeDefinition> types() {
        return List.copyOf(typesByName.values());
    }

    public Optional<ContentTypeDefinition> findType(String name) {
        return Optional.ofNullable(typesByName.get(name));
    }

    /** @throws IllegalArgumentException if there is no such type */
    public ContentTypeDefinition type(String name) {
        return findType(name).orElseThrow(() -> new IllegalArgumentException("unknown content type '" + name + "'"));
    }

    public Optional<ContentTypeDefinition> findTypeByWorkspace(String workspace) {
        return Optional.ofNullable(typesByWorkspace.get(workspace));
    }

    /** All delivery endpoints, in file name order. */
    public List<DeliveryEndpointDefinition> endpoints() {
        return List.copyOf(endpointsByName.values());
    }

    public Optional<DeliveryEndpointDefinition> findEndpoint(String name) {
        return Optional.ofNullable(endpointsByName.get(name));
    }

    /** The content type an endpoint delivers; always present, as loading checked it. */
    public ContentTypeDefinition typeOf(DeliveryEndpointDefinition endpoint) {
        return typesByWorkspace.get(endpoint.workspace());
    }
}
