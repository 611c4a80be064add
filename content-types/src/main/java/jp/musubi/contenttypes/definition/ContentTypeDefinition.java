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

    /** This type offering only the options of the features {@code enabled} accepts, and those of no feature. */
    public ContentTypeDefinition forFeatures(java.util.function.Predicate<String> enabled) {
        java.util.function.Predicate<PropertyOption> offered = option -> option.feature() == null || enabled.test(option.feature());
        return new ContentTypeDefinition(name, label, workspace, nodeType,
                properties.stream().map(p -> p.withOptions(offered)).toList(),
                subModels.stream().map(s -> new SubModelDefinition(s.name(),
                        s.properties().stream().map(p -> p.withOptions(offered)).toList())).toList());
    }

    /** The top-level properties the delivery API may show: everything but personal data. */
    public List<PropertyDefinition> deliverableProperties() {
        return properties.stream().filter(p -> !p.personalData()).toList();
    }
}
