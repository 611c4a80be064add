package jp.musubi.contenttypes.definition;

import java.util.Objects;

/**
 * One problem with submitted content, for the user who typed it.
 *
 * @param property the property's path: {@code summary}, {@code tags[1]} (0-based) or
 *                 {@code address.city} inside a sub-model, so a form can mark the field
 * @param message  a complete Japanese sentence using the property's label
 */
public record Violation(String property, String message) {

    public Violation {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(message, "message");
    }
}
