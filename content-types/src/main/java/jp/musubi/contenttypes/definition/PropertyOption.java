package jp.musubi.contenttypes.definition;

import java.util.Objects;

/**
 * One allowed value of a String property: {@code value} is stored, {@code label} is shown. An option of a
 * switchable feature ({@code feature}, e.g. {@code kickoff} for the event type キックオフ) is offered only by a
 * registry built with that feature enabled; {@code feature} is null for an option of every programme.
 */
public record PropertyOption(String value, String label, String feature) {

    public PropertyOption {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    public PropertyOption(String value, String label) {
        this(value, label, null);
    }
}
