package jp.musubi.cms.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * Magnolia's {@code like}: {@code %} stands for any run of characters (also none), everything else,
 * {@code _} included, is literal and case-sensitive.
 *
 * <p>Matched without regular expressions: runs of {@code %} are one wildcard, the literal pieces
 * between them are looked for in order, each leftmost after the one before. Taking the leftmost
 * occurrence is never wrong for {@code %}-only patterns, so nothing is retried, and each piece is
 * searched with Knuth–Morris–Pratt, which never reads a character of the text twice: a match is
 * linear in the text plus the pattern. A backtracking {@code .*.*.*} regex costs the text's length
 * to the power of the number of wildcards, and even {@link String#indexOf} costs the text's length
 * times the piece's when the piece nearly matches everywhere ({@code aaa…ab} in {@code aaa…a}).
 */
final class LikePattern {

    static final char WILDCARD = '%';

    private final String pattern;
    /** The text before the first wildcard; the whole pattern when there is none. */
    private final String prefix;
    /** The text after the last wildcard, or null when the pattern has no wildcard. */
    private final String suffix;
    /** The non-empty pieces between wildcards, in order. */
    private final List<Piece> middle;

    /** A literal piece with its KMP table: the length of the longest proper border of each prefix. */
    private record Piece(String text, int[] border) {

        static Piece of(String text) {
            int[] border = new int[text.length()];
            for (int i = 1, k = 0; i < text.length(); i++) {
                while (k > 0 && text.charAt(i) != text.charAt(k)) {
                    k = border[k - 1];
                }
                if (text.charAt(i) == text.charAt(k)) {
                    k++;
                }
                border[i] = k;
            }
            return new Piece(text, border);
        }

        /** The end of the piece's first occurrence in {@code text[from, to)}, or -1. */
        int endIn(String text, int from, int to) {
            int matched = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                while (matched > 0 && c != this.text.charAt(matched)) {
                    matched = border[matched - 1];
                }
                if (c == this.text.charAt(matched)) {
                    matched++;
                }
                if (matched == this.text.length()) {
                    return i + 1;
                }
            }
            return -1;
        }
    }

    private LikePattern(String pattern, String prefix, String suffix, List<Piece> middle) {
        this.pattern = pattern;
        this.prefix = prefix;
        this.suffix = suffix;
        this.middle = List.copyOf(middle);
    }

    static LikePattern of(String pattern) {
        int first = pattern.indexOf(WILDCARD);
        if (first < 0) {
            return new LikePattern(pattern, pattern, null, List.of());
        }
        int last = pattern.lastIndexOf(WILDCARD);
        List<Piece> middle = new ArrayList<>();
        int start = first + 1;
        while (start <= last) {
            int end = pattern.indexOf(WILDCARD, start);
            if (end > start) {
                middle.add(Piece.of(pattern.substring(start, end)));
            }
            start = end + 1;
        }
        return new LikePattern(pattern, pattern.substring(0, first), pattern.substring(last + 1), middle);
    }

    /** Counts the {@code %} of a pattern, each one, before runs are collapsed. */
    static int wildcards(String pattern) {
        int count = 0;
        for (int i = pattern.indexOf(WILDCARD); i >= 0; i = pattern.indexOf(WILDCARD, i + 1)) {
            count++;
        }
        return count;
    }

    /** The pattern as the request gave it. */
    String pattern() {
        return pattern;
    }

    boolean matches(String text) {
        if (suffix == null) {
            return text.equals(prefix);
        }
        // The anchored ends must not overlap: "a%a" does not match "a".
        int end = text.length() - suffix.length();
        if (end < prefix.length() || !text.startsWith(prefix) || !text.endsWith(suffix)) {
            return false;
        }
        int position = prefix.length();
        for (Piece piece : middle) {
            position = piece.endIn(text, position, end);
            if (position < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
