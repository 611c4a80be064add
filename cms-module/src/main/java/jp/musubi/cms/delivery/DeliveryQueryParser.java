package jp.musubi.cms.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the query parameters of a list request: {@code limit}, {@code offset}, {@code orderBy},
 * {@code q}, and every other parameter as a filter {@code prop=v} or {@code prop[op]=v}. Anything it
 * cannot use is refused with a {@link DeliveryProblem} naming the parameter, rather than ignored,
 * so a typo never silently returns unfiltered content.
 */
final class DeliveryQueryParser {

    static final int MAX_LIMIT = 100;
    static final String LIMIT = "limit";
    static final String OFFSET = "offset";
    static final String ORDER_BY = "orderBy";
    static final String TEXT = "q";
    // Magnolia's language parameter: accepted so Magnolia clients work, though content is not localized.
    static final String LANGUAGE = "lang";

    private static final Set<String> RESERVED = Set.of(LIMIT, OFFSET, ORDER_BY, TEXT, LANGUAGE);
    private static final Pattern FILTER = Pattern.compile("([^\\[\\]]+)(?:\\[([^\\[\\]]*)])?");
    private static final Pattern NON_NEGATIVE = Pattern.compile("\\d{1,9}");
    private static final Pattern ORDER_ENTRY = Pattern.compile("(\\S+)(?:\\s+(\\S+))?");

    private DeliveryQueryParser() {
    }

    /**
     * @param parameters  the request's query parameters, each with all its values
     * @param defaultLimit the endpoint's page size
     * @param like         the caps on {@code like} patterns
     * @throws DeliveryProblem (400) naming the first parameter that cannot be used
     */
    static DeliveryQuery parse(Map<String, List<String>> parameters, DeliveryFields fields, int defaultLimit,
                               DeliveryProperties.Like like) {
        int limit = integer(parameters, LIMIT, defaultLimit, 1, MAX_LIMIT, DeliveryMessages.limit(MAX_LIMIT));
        int offset = integer(parameters, OFFSET, 0, 0, Integer.MAX_VALUE, DeliveryMessages.offset());
        String orderBy = first(parameters, ORDER_BY);
        List<SortKey> order = orderBy == null ? List.of() : orderBy(orderBy, fields);
        String text = first(parameters, TEXT);
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!RESERVED.contains(parameter.getKey())) {
                for (String value : parameter.getValue()) {
                    filters.add(filter(parameter.getKey(), value == null ? "" : value, fields, like));
                }
            }
        }
        return new DeliveryQuery(limit, offset, order, filters, text == null || text.isBlank() ? null : text.strip());
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static int integer(Map<String, List<String>> parameters, String name, int absent, int min, int max,
                               String message) {
        String text = first(parameters, name);
        if (text == null) {
            return absent;
        }
        String value = text.strip();
        if (!NON_NEGATIVE.matcher(value).matches()) {
            throw DeliveryProblem.badParameter(name, message);
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw DeliveryProblem.badParameter(name, message);
        }
        return number;
    }

    private static List<SortKey> orderBy(String text, DeliveryFields fields) {
        List<SortKey> keys = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                throw DeliveryProblem.badParameter(ORDER_BY, DeliveryMessages.orderByEmpty());
            }
            Matcher matcher = ORDER_ENTRY.matcher(entry);
            if (!matcher.matches()) {
                throw DeliveryProblem.badParameter(ORDER_BY, DeliveryMessages.orderByDirection(entry));
            }
            String name = matcher.group(1);
            String direction = matcher.group(2) == null ? "asc" : matcher.group(2).toLowerCase(Locale.ROOT);
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw DeliveryProblem.badParameter(ORDER_BY, DeliveryMessages.orderByDirection(entry));
            }
            DeliveryField field = fields.find(name).orElseThrow(() -> DeliveryProblem.badParameter(ORDER_BY,
                    fields.isSubModel(name) ? DeliveryMessages.orderBySubModel(name)
                            : DeliveryMessages.orderByUnknown(name)));
            if (field.multiple()) {
                throw DeliveryProblem.badParameter(ORDER_BY, DeliveryMessages.orderByMultiple(name));
            }
            keys.add(new SortKey(field, direction.equals("desc")));
        }
        return keys;
    }

    private static Filter filter(String parameter, String value, DeliveryFields fields,
                                 DeliveryProperties.Like like) {
        Matcher matcher = FILTER.matcher(parameter);
        if (!matcher.matches()) {
            throw DeliveryProblem.badParameter(parameter, DeliveryMessages.malformedParameter(parameter));
        }
        String name = matcher.group(1);
        String token = matcher.group(2);
        DeliveryField field = fields.find(name).orElseThrow(() -> DeliveryProblem.badParameter(parameter,
                fields.isSubModel(name) ? DeliveryMessages.filterSubModel(parameter, name)
                        : DeliveryMessages.filterUnknown(parameter, name)));
        FilterOperator operator = token == null ? FilterOperator.EQ
                : FilterOperator.fromToken(token.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                        DeliveryProblem.badParameter(parameter,
                                DeliveryMessages.filterOperator(parameter, token, FilterOperator.tokens())));
        if (value.isEmpty()) {
            throw DeliveryProblem.badParameter(parameter, DeliveryMessages.filterEmpty(parameter));
        }
        if (operator == FilterOperator.LIKE) {
            if (field.kind() != FieldKind.TEXT) {
                throw DeliveryProblem.badParameter(parameter, DeliveryMessages.likeOnlyText(parameter));
            }
            return new Filter(field, operator, List.of(value), likePattern(parameter, value, like));
        }
        List<String> texts = operator == FilterOperator.IN
                ? Arrays.stream(value.split("\\|")).filter(s -> !s.isEmpty()).toList()
                : List.of(value);
        if (texts.isEmpty()) {
            throw DeliveryProblem.badParameter(parameter, DeliveryMessages.filterEmpty(parameter));
        }
        List<Comparable<?>> operands = new ArrayList<>();
        for (String text : texts) {
            try {
                operands.add(field.kind().parse(text));
            } catch (IllegalArgumentException e) {
                throw DeliveryProblem.badParameter(parameter,
                        DeliveryMessages.filterValue(parameter, text, field.kind().expectation()));
            }
        }
        return new Filter(field, operator, operands, null);
    }

    /** Refuses patterns over the caps, counted in characters as the user sees them and in every {@code %}. */
    private static LikePattern likePattern(String parameter, String value, DeliveryProperties.Like like) {
        if (value.codePointCount(0, value.length()) > like.maxLength()) {
            throw DeliveryProblem.badParameter(parameter, DeliveryMessages.likeTooLong(parameter, like.maxLength()));
        }
        if (LikePattern.wildcards(value) > like.maxWildcards()) {
            throw DeliveryProblem.badParameter(parameter,
                    DeliveryMessages.likeTooManyWildcards(parameter, like.maxWildcards()));
        }
        return LikePattern.of(value);
    }
}
