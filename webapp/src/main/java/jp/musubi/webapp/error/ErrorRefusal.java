package jp.musubi.webapp.error;

/** The request attribute in which a refusal made before any controller ran leaves its Japanese reason. */
final class ErrorRefusal {

    static final String ATTRIBUTE = ErrorRefusal.class.getName() + ".detail";

    private ErrorRefusal() {
    }
}
