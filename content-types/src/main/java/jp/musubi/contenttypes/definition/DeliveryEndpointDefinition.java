package jp.musubi.contenttypes.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A delivery endpoint served at {@code /.rest/delivery/{name}}, loaded from
 * {@code musubi/delivery-endpoints/{name}.yaml}.
 *
 * @param limit the page size when a request gives no {@code limit}
 */
public record DeliveryEndpointDefinition(
        String name,
        String workspace,
        String rootPath,
        List<String> nodeTypes,
        int limit,
        List<ReferenceDefinition> references) {

    public DeliveryEndpointDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(rootPath, "rootPath");
        nodeTypes = List.copyOf(nodeTypes);
        references = List.copyOf(references);
    }

    /** The reference resolved for the given property, if this endpoint resolves it. */
    public Optional<ReferenceDefinition> referenceFor(String propertyName) {
        return references.stream().filter(r -> r.propertyName().equals(propertyName)).findFirst();
    }
}
