package jp.musubi.cms.delivery;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One filter condition of a delivery query. A multiple-valued property matches when any of its
 * values matches (as in JCR queries, which Magnolia runs); an item without a value never matches,
 * not even {@code ne}.
 *
 * @param operands the typed values to compare with: one, or several for {@code in}
 * @param like     the compiled pattern for {@code like}, null otherwise
 */
record Filter(DeliveryField field, FilterOperator operator, List<Comparable<?>> operands, Pattern like) {

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
            case LIKE -> like.matcher((String) value).matches();
            case IN -> operands.stream().anyMatch(operand -> Values.compare(value, operand) == 0);
            default -> operator.accepts(Values.compare(value, operands.get(0)));
        };
    }

    /** Magnolia's {@code like}: {@code %} stands for any run of characters, everything else is literal. */
    static Pattern likePattern(String value) {
        StringBuilder regex = new StringBuilder();
        int start = 0;
        for (int i = value.indexOf('%'); i >= 0; i = value.indexOf('%', start)) {
            regex.append(Pattern.quote(value.substring(start, i))).append(".*");
            start = i + 1;
        }
        regex.append(Pattern.quote(value.substring(start)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
