package jp.musubi.cms.content;

import java.util.List;

import jp.musubi.contenttypes.definition.Violation;

/** The submitted values do not fit the item's type; each violation names the property and why. */
public class ContentValidationException extends ContentException {

    private final List<Violation> violations;

    public ContentValidationException(List<Violation> violations) {
        super(ContentMessages.TEXTS.get("content.invalid", violations.size()));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violations");
        }
        this.violations = List.copyOf(violations);
    }

    public static ContentValidationException of(String property, String message) {
        return new ContentValidationException(List.of(new Violation(property, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
