package jp.musubi.contenttypes.definition;

import java.util.List;
import java.util.stream.Collectors;

/** Content that does not fit its type, for callers such as seed import that cannot ask a user. */
public class InvalidContentException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidContentException(List<Violation> violations) {
        super(violations.stream().map(v -> v.property() + ": " + v.message()).collect(Collectors.joining(" / ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
