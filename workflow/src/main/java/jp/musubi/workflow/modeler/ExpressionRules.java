package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The expressions a deployed diagram may contain ({@code ${…}} and {@code #{…}} in conditions, timers,
 * assignees, due dates, delegate expressions, names…): literals, identifiers, property access with
 * {@code .}, comparison, logical, arithmetic and conditional operators, and parentheses for grouping.
 * Anything that can run code is refused — method and function calls ({@code a.b()}, {@code ns:f(x)}),
 * bracket access, assignment, lambdas, {@code ;}, property access on anything but a name, and the names
 * that lead to reflection ({@code class}, {@code classLoader}…). Which identifiers may be named, and
 * which of their properties read, is decided by the caller ({@code identifiers}: a Japanese reason to
 * refuse one, or {@code null}).
 */
final class ExpressionRules {

    private static final Set<String> OPERATOR_WORDS = Set.of(
            "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "empty");
    private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");
    /** Names leading from any value to its Java class and from there to class loaders and reflection. */
    private static final Set<String> REFLECTION_NAMES = Set.of(
            "class", "getClass", "classLoader", "getClassLoader", "contextClassLoader", "forName", "loadClass",
            "protectionDomain");
    private static final List<String> SYMBOLS = List.of(
            "==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%", "?", ":", "(", ")", ".");

    private ExpressionRules() {
    }

    /** Whether the text holds an expression at all. */
    static boolean containsExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /**
     * Checks every expression in {@code text} and returns the Japanese reasons to refuse it (empty when
     * it is allowed). {@code identifiers} gets each root identifier with the properties read after it.
     */
    static List<String> check(String text, IdentifierPolicy identifiers) {
        List<String> problems = new ArrayList<>();
        int from = 0;
        while (true) {
            int dollar = text.indexOf("${", from);
            int hash = text.indexOf("#{", from);
            int start = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
            if (start < 0) {
                return problems;
            }
            int end = closingBrace(text, start + 2);
            if (end < 0) {
                problems.add(TEXTS.get("modeler.java.expression.unclosed", shorten(text.substring(start))));
                return problems;
            }
            String body = text.substring(start + 2, end);
            String problem = checkBody(body, identifiers);
            if (problem != null) {
                problems.add(TEXTS.get("modeler.java.expression.problem", shorten(text.substring(start, end + 1)), problem));
            }
            from = end + 1;
        }
    }

    /** The index of the brace closing an expression opened before {@code from}, skipping string literals. */
    private static int closingBrace(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '}') {
                return i;
            } else if (c == '{') {
                return -1;
            }
        }
        return -1;
    }

    private static String checkBody(String body, IdentifierPolicy identifiers) {
        List<Token> tokens = new ArrayList<>();
        String problem = tokenize(body, tokens);
        if (problem != null) {
            return problem;
        }
        if (tokens.isEmpty()) {
            return TEXTS.get("modeler.java.expression.empty");
        }
        // The most telling reason first: a call, then a form that reaches Java classes, then a name.
        String refusal = call(tokens);
        if (refusal == null) {
            refusal = form(tokens);
        }
        return refusal != null ? refusal : names(tokens, identifiers);
    }

    private static String call(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token previous = tokens.get(i - 1);
            if (tokens.get(i).is("(") && (previous.kind == Kind.IDENTIFIER || previous.is(")") || previous.is(":"))) {
                return TEXTS.get("modeler.java.expression.call", previous.text);
            }
        }
        return null;
    }

    private static String form(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (token.is(".") && (next == null || next.kind != Kind.IDENTIFIER)) {
                return TEXTS.get("modeler.java.expression.propertyMissing");
            }
            // ('x').class or 'x'.class reaches a Java class without naming any variable.
            if (token.is(".") && (previous == null || previous.kind != Kind.IDENTIFIER)) {
                return TEXTS.get("modeler.java.expression.propertyWithoutVariable", previous == null ? "" : previous.text);
            }
            if (token.kind == Kind.IDENTIFIER && isReflection(token.text, previous != null && previous.is("."))) {
                return TEXTS.get("modeler.java.expression.reflection", token.text);
            }
            if (token.kind == Kind.IDENTIFIER && (previous == null || !previous.is(".")) && next != null && next.is(":")
                    && i + 2 < tokens.size() && tokens.get(i + 2).kind == Kind.IDENTIFIER && !isTernaryColon(tokens, i + 1)) {
                return TEXTS.get("modeler.java.expression.function", token.text, tokens.get(i + 2).text);
            }
        }
        return null;
    }

    private static String names(List<Token> tokens, IdentifierPolicy identifiers) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind == Kind.IDENTIFIER && (i == 0 || !tokens.get(i - 1).is("."))) {
                String refusal = identifiers.check(tokens.get(i).text, properties(tokens, i));
                if (refusal != null) {
                    return refusal;
                }
            }
        }
        return null;
    }

    /** The property names read after the root identifier at {@code root} ({@code a.b.c}: b, c). */
    private static List<String> properties(List<Token> tokens, int root) {
        List<String> names = new ArrayList<>();
        for (int i = root + 1; i + 1 < tokens.size() && tokens.get(i).is("."); i += 2) {
            names.add(tokens.get(i + 1).text);
        }
        return names;
    }

    private static boolean isReflection(String name, boolean property) {
        return REFLECTION_NAMES.contains(name)
                || property && (name.startsWith("getDeclared") || name.startsWith("declared"));
    }

    /** Whether the colon at {@code index} closes a {@code ?} before it (conditional operator). */
    private static boolean isTernaryColon(List<Token> tokens, int index) {
        int open = 0;
        for (int i = 0; i < index; i++) {
            if (tokens.get(i).is("?")) {
                open++;
            } else if (tokens.get(i).is(":")) {
                open--;
            }
        }
        return open > 0;
    }

    private static String tokenize(String body, List<Token> tokens) {
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < body.length() && body.charAt(end) != c) {
                    end += body.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= body.length()) {
                    return TEXTS.get("modeler.java.expression.unclosedString");
                }
                tokens.add(new Token(Kind.LITERAL, body.substring(i, end + 1)));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < body.length() && (Character.isDigit(body.charAt(end)) || body.charAt(end) == '.')) {
                    end++;
                }
                if (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end))) {
                    return TEXTS.get("modeler.java.expression.badNumber", body.substring(i, end + 1));
                }
                tokens.add(new Token(Kind.LITERAL, body.substring(i, end)));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end))) {
                    end++;
                }
                String word = body.substring(i, end);
                boolean afterDot = !tokens.isEmpty() && tokens.get(tokens.size() - 1).is(".");
                if (!afterDot && word.equals("instanceof")) {
                    return TEXTS.get("modeler.java.expression.instanceof");
                }
                Kind kind = afterDot ? Kind.IDENTIFIER
                        : LITERAL_WORDS.contains(word) ? Kind.LITERAL
                        : OPERATOR_WORDS.contains(word) ? Kind.OPERATOR : Kind.IDENTIFIER;
                tokens.add(new Token(kind, word));
                i = end;
            } else {
                String symbol = symbolAt(body, i);
                if (symbol == null) {
                    return TEXTS.get("modeler.java.expression.badSymbol", String.valueOf(c));
                }
                tokens.add(new Token(Kind.OPERATOR, symbol));
                i += symbol.length();
            }
        }
        return null;
    }

    private static String symbolAt(String body, int i) {
        // "=" alone (assignment), "->" (lambda), "+=" (concatenation), ";" and "[" are not in the list.
        if (body.startsWith("->", i) || body.startsWith("+=", i)) {
            return null;
        }
        for (String symbol : SYMBOLS) {
            if (body.startsWith(symbol, i)) {
                return symbol;
            }
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** Decides which identifiers an expression may name. */
    @FunctionalInterface
    interface IdentifierPolicy {
        /**
         * @param name       a root identifier (not a property name after {@code .})
         * @param properties the property names read after it ({@code name.a.b}: a, b), empty when none
         * @return a Japanese reason to refuse it, or {@code null}
         */
        String check(String name, List<String> properties);
    }

    private enum Kind { IDENTIFIER, LITERAL, OPERATOR }

    private record Token(Kind kind, String text) {
        boolean is(String symbol) {
            return kind == Kind.OPERATOR && text.equals(symbol);
        }
    }
}
