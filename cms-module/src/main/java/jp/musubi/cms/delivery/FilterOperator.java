package jp.musubi.cms.delivery;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The operators of Magnolia's delivery filters, {@code prop[op]=value}; {@code prop=value} is {@link #EQ}. */
enum FilterOperator {
    EQ, NE, LT, GT, LTE, GTE, LIKE, IN;

    /** The spelling in a query: {@code eq}, {@code ne}, … */
    String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FilterOperator> fromToken(String token) {
        return Arrays.stream(values()).filter(op -> op.token().equals(token)).findFirst();
    }

    /** "eq, ne, lt, gt, lte, gte, like, in", for the message that lists them. */
    static String tokens() {
        return Arrays.stream(values()).map(FilterOperator::token).collect(Collectors.joining(", "));
    }

    /** For the comparison operators: whether {@code compareTo(stored, operand)} satisfies this one. */
    boolean accepts(int comparison) {
        return switch (this) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case LT -> comparison < 0;
            case GT -> comparison > 0;
            case LTE -> comparison <= 0;
            case GTE -> comparison >= 0;
            case LIKE, IN -> throw new IllegalStateException(this + " is not a comparison");
        };
    }
}
