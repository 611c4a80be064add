package jp.musubi.contenttypes.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.musubi.contenttypes.definition.PropertyType.Kind;

/**
 * Reads one delivery endpoint file and checks it against the already loaded content types: the
 * workspace must hold a type, node types must be that type's, and every reference must resolve a
 * reference property into the workspace of the type it points at.
 */
final class DeliveryEndpointParser {

    static final String ENDPOINT_TYPE = "jcrDeliveryEndpoint_v2";
    // Magnolia's default page size for delivery endpoints.
    private static final int DEFAULT_LIMIT = 10;

    private DeliveryEndpointParser() {
    }

    static DeliveryEndpointDefinition parse(DefinitionFile file,
                                            Map<String, ContentTypeDefinition> typesByName,
                                            Map<String, ContentTypeDefinition> typesByWorkspace) {
        YamlSection root = YamlSection.parse(file);
        String name = file.name();
        if (!ContentTypeParser.TYPE_NAME.matcher(name).matches()) {
            throw root.error("endpoint name '" + name + "' (the file name) must match " + ContentTypeParser.TYPE_NAME);
        }
        root.allowOnly("$type", "workspace", "rootPath", "nodeTypes", "limit", "references");
        String endpointType = root.requiredString("$type");
        if (!endpointType.equals(ENDPOINT_TYPE)) {
            throw root.as("$type").error("only " + ENDPOINT_TYPE + " is supported, not '" + endpointType + "'");
        }
        String workspace = root.requiredString("workspace");
        ContentTypeDefinition type = typesByWorkspace.get(workspace);
        if (type == null) {
            throw root.as("workspace").error("no content type is stored in workspace '" + workspace
                    + "' (known: " + String.join(", ", typesByWorkspace.keySet()) + ")");
        }
        String rootPath = root.requiredString("rootPath");
        if (!rootPath.startsWith("/")) {
            throw root.as("rootPath").error("must start with '/', not '" + rootPath + "'");
        }
        List<String> nodeTypes = root.strings("nodeTypes");
        if (nodeTypes.isEmpty()) {
            throw root.as("nodeTypes").error("must list at least one node type");
        }
        for (String nodeType : nodeTypes) {
            if (!nodeType.equals(type.nodeType())) {
                throw root.as("nodeTypes").error("node type '" + nodeType + "' is not stored in workspace '"
                        + workspace + "' (expected " + type.nodeType() + ")");
            }
        }
        int limit = root.has("limit") ? root.optionalPositiveInt("limit") : DEFAULT_LIMIT;
        List<ReferenceDefinition> references = references(root, type, typesByName);
        return new DeliveryEndpointDefinition(name, workspace, rootPath, nodeTypes, limit, references);
    }

    private static List<ReferenceDefinition> references(YamlSection root, ContentTypeDefinition type,
                                                        Map<String, ContentTypeDefinition> typesByName) {
        List<ReferenceDefinition> references = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> propertyNames = new HashSet<>();
        for (YamlSection r : root.sections("references", s -> "reference '" + s.requiredString("name") + "'")) {
            r.allowOnly("name", "propertyName", "referenceResolver");
            String name = r.requiredString("name");
            String propertyName = r.requiredString("propertyName");
            YamlSection resolver = r.section("referenceResolver");
            resolver.allowOnly("targetWorkspace");
            String targetWorkspace = resolver.requiredString("targetWorkspace");

            if (!names.add(name)) {
                throw r.error("duplicate reference name");
            }
            if (!propertyNames.add(propertyName)) {
                throw r.error("property '" + propertyName + "' is already resolved by another reference");
            }
            PropertyDefinition property = type.property(propertyName).orElseThrow(() -> r.error(
                    "propertyName '" + propertyName + "' is not a property of content type '" + type.name() + "'"));
            if (property.type().kind() != Kind.REFERENCE) {
                throw r.error("propertyName '" + propertyName + "' is a " + property.type()
                        + " property, not a reference property");
            }
            String expected = typesByName.get(property.type().target()).workspace();
            if (!targetWorkspace.equals(expected)) {
                throw r.error("targetWorkspace '" + targetWorkspace + "' does not hold the referenced type '"
                        + property.type().target() + "' (expected '" + expected + "')");
            }
            references.add(new ReferenceDefinition(name, propertyName, targetWorkspace));
        }
        return references;
    }
}
