package jp.musubi.cms.delivery;

import java.util.List;
import java.util.Map;

/**
 * One filter condition of a delivery query. A multiple-valued property matches when any of its
 * values matches (as in JCR queries, which Magnolia runs); an item without a value never matches,
 * not even {@code ne}.
 *
 * @param operands the typed values to compare with: one, or several for {@code in}
 * @param like     the pattern for {@code like}, null otherwise
 */
record Filter(DeliveryField field, FilterOperator operator, List<Comparable<?>> operands, LikePattern like) {

    Filter {
        operands = List.copyOf(operands);
    }

    boolean matches(Map<String, List<Comparable<?>>> values) {
        List<Comparable<?>> stored = values.get(field.name());
        if (stored == null) {
            return false;
        }
        for (Comparable<?> value : stored) {
            if (matchesValue(value)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesValue(Comparable<?> value) {
        return switch (operator) {
            case LIKE -> like.matches((String) value);
            case IN -> operands.stream().anyMatch(operand -> Values.compare(value, operand) == 0);
            default -> operator.accepts(Values.compare(value, operands.get(0)));
        };
    }
}
