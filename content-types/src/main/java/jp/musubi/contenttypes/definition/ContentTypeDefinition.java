package jp.musubi.contenttypes.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A content type as loaded from {@code musubi/content-types/{name}.yaml}: its items live in
 * {@code workspace} with node type {@code nodeType} ({@code mgnl:{name}}).
 */
public record ContentTypeDefinition(
        String name,
        String label,
        String workspace,
        String nodeType,
        List<PropertyDefinition> properties,
        List<SubModelDefinition> subModels) {

    public ContentTypeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(nodeType, "nodeType");
        properties = List.copyOf(properties);
        subModels = List.copyOf(subModels);
    }

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }

    public Optional<SubModelDefinition> subModel(String subModelName) {
        return subModels.stream().filter(s -> s.name().equals(subModelName)).findFirst();
    }

    /** The top-level properties the delivery API may show: everything but personal data. */
    public List<PropertyDefinition> deliverableProperties() {
        return properties.stream().filter(p -> !p.personalData()).toList();
    }
}
