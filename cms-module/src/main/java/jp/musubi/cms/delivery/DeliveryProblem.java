package jp.musubi.cms.delivery;

/**
 * A request the delivery API refuses: answered as RFC 9457 problem+json in Japanese by
 * {@link DeliveryProblemHandler}. A refused parameter is thrown before any data is read, so a refusal
 * costs nothing; an exhausted time budget ({@link RequestDeadline}) is thrown while filtering.
 *
 * @param parameter the query parameter at fault (for 400), or null
 */
final class DeliveryProblem extends RuntimeException {

    static final int BAD_REQUEST = 400;
    static final int NOT_FOUND = 404;
    static final int SERVICE_UNAVAILABLE = 503;

    private final int status;
    private final String title;
    private final String parameter;

    private DeliveryProblem(int status, String title, String detail, String parameter) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
    }

    static DeliveryProblem badParameter(String parameter, String detail) {
        return new DeliveryProblem(BAD_REQUEST, DeliveryMessages.BAD_PARAMETER_TITLE, detail, parameter);
    }

    static DeliveryProblem notFound(String detail) {
        return new DeliveryProblem(NOT_FOUND, DeliveryMessages.NOT_FOUND_TITLE, detail, null);
    }

    /** The request ran out of its time budget: the server gives up, the same request may succeed when it is less busy. */
    static DeliveryProblem overBudget(String detail) {
        return new DeliveryProblem(SERVICE_UNAVAILABLE, DeliveryMessages.OVER_BUDGET_TITLE, detail, null);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    String detail() {
        return getMessage();
    }

    String parameter() {
        return parameter;
    }
}
