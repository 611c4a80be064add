package jp.musubi.cms.delivery;

import java.time.Duration;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the delivery API's error responses, from {@code i18n/delivery.properties}. */
final class DeliveryMessages {

    static final Messages TEXTS = Messages.of("i18n/delivery");

    static final String BAD_PARAMETER_TITLE = TEXTS.get("delivery.badParameterTitle");
    static final String NOT_FOUND_TITLE = TEXTS.get("delivery.notFoundTitle");
    static final String OVER_BUDGET_TITLE = TEXTS.get("delivery.overBudgetTitle");

    private DeliveryMessages() {
    }

    static String noEndpointGiven() {
        return TEXTS.get("delivery.noEndpointGiven");
    }

    static String unknownEndpoint(String endpoint) {
        return TEXTS.get("delivery.unknownEndpoint", endpoint);
    }

    static String unknownItem(String endpoint, String path) {
        return TEXTS.get("delivery.unknownItem", endpoint, path);
    }

    static String limit(int max) {
        return TEXTS.get("delivery.limit", max);
    }

    static String offset() {
        return TEXTS.get("delivery.offset");
    }

    static String orderByEmpty() {
        return TEXTS.get("delivery.orderByEmpty");
    }

    static String orderByUnknown(String field) {
        return TEXTS.get("delivery.orderByUnknown", field);
    }

    static String orderBySubModel(String field) {
        return TEXTS.get("delivery.orderBySubModel", field);
    }

    static String orderByMultiple(String field) {
        return TEXTS.get("delivery.orderByMultiple", field);
    }

    static String orderByDirection(String entry) {
        return TEXTS.get("delivery.orderByDirection", entry);
    }

    static String malformedParameter(String parameter) {
        return TEXTS.get("delivery.malformedParameter", parameter);
    }

    static String filterUnknown(String parameter, String field) {
        return TEXTS.get("delivery.filterUnknown", parameter, field);
    }

    static String filterSubModel(String parameter, String field) {
        return TEXTS.get("delivery.filterSubModel", parameter, field);
    }

    static String filterOperator(String parameter, String operator, String known) {
        return TEXTS.get("delivery.filterOperator", parameter, operator, known);
    }

    static String filterEmpty(String parameter) {
        return TEXTS.get("delivery.filterEmpty", parameter);
    }

    static String filterValue(String parameter, String value, String expectation) {
        return TEXTS.get("delivery.filterValue", parameter, value, expectation);
    }

    static String likeOnlyText(String parameter) {
        return TEXTS.get("delivery.likeOnlyText", parameter);
    }

    static String likeTooLong(String parameter, int maxLength) {
        return TEXTS.get("delivery.likeTooLong", parameter, maxLength);
    }

    static String likeTooManyWildcards(String parameter, int maxWildcards) {
        return TEXTS.get("delivery.likeTooManyWildcards", parameter, maxWildcards);
    }

    static String overBudget(Duration budget) {
        return TEXTS.get("delivery.overBudget", japanese(budget));
    }

    private static String japanese(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? TEXTS.get("delivery.seconds", millis / 1000) : TEXTS.get("delivery.millis", millis);
    }
}
