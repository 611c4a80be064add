package jp.musubi.cms.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of what a user typed. No query syntax is interpreted: quotes, {@code *}, {@code AND},
 * parentheses are ordinary characters, which the analyzer drops or searches as words, so no input can
 * fail to parse. Input is cut to {@link #MAX_LENGTH} characters and {@link #MAX_WORDS} words, which
 * bounds the query size (Lucene refuses queries of more than 1024 clauses).
 */
record UserQuery(List<String> words) {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 10;

    UserQuery {
        words = List.copyOf(words);
    }

    static UserQuery of(String text) {
        if (text == null) {
            return new UserQuery(List.of());
        }
        String cut = text.codePointCount(0, text.length()) > MAX_LENGTH
                ? text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)) : text;
        // Full-width spaces separate words as often as ASCII ones in Japanese input.
        List<String> words = new ArrayList<>(Arrays.stream(cut.split("[\\s\\u3000]+"))
                .filter(w -> !w.isEmpty()).distinct().toList());
        return new UserQuery(words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words);
    }

    /** Nothing typed: list everything, newest first. */
    boolean isBlank() {
        return words.isEmpty();
    }
}
