package jp.musubi.cms.authoring;

import java.util.List;

import jp.musubi.contenttypes.definition.Violation;

/** A request parameter that makes no sense (answered 400 with the violations). */
class BadRequestException extends RuntimeException {

    private final List<Violation> violations;

    BadRequestException(String property, String message) {
        super(message);
        this.violations = List.of(new Violation(property, message));
    }

    List<Violation> violations() {
        return violations;
    }
}
