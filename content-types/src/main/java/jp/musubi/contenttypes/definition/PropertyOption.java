package jp.musubi.contenttypes.definition;

import java.util.Objects;

/** One allowed value of a String property: {@code value} is stored, {@code label} is shown. */
public record PropertyOption(String value, String label) {

    public PropertyOption {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
