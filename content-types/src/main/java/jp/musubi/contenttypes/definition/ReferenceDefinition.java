package jp.musubi.contenttypes.definition;

import java.util.Objects;

/**
 * A delivery endpoint's instruction to resolve the reference property {@code propertyName} into
 * the referenced item of {@code targetWorkspace}, as Magnolia's {@code referenceResolver} does.
 */
public record ReferenceDefinition(String name, String propertyName, String targetWorkspace) {

    public ReferenceDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(propertyName, "propertyName");
        Objects.requireNonNull(targetWorkspace, "targetWorkspace");
    }
}
