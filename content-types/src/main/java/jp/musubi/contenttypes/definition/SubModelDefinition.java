package jp.musubi.contenttypes.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A named group of properties that a property of the same content type can have as its type. */
public record SubModelDefinition(String name, List<PropertyDefinition> properties) {

    public SubModelDefinition {
        Objects.requireNonNull(name, "name");
        properties = List.copyOf(properties);
    }

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }
}
