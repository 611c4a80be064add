package jp.musubi.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code like} as Magnolia has it, matched without regular expressions. */
class LikePatternTest {

    private static boolean like(String pattern, String text) {
        return LikePattern.of(pattern).matches(text);
    }

    @ParameterizedTest(name = "''{0}'' like ''{1}'' → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // no wildcard: the whole text, exactly
        "冬のフェア|冬のフェア|true",
        "冬のフェア|冬のフェア (2026)|false",
        "\"\"|\"\"|true",
        "\"\"|a|false",
        // anchored where there is no %
        "冬の%|冬のフェア|true",
        "フェア%|冬のフェア|false",
        "%フェア|冬のフェア|true",
        "%冬の|冬のフェア|false",
        "%フェ%|冬のフェア|true",
        "冬%ア|冬のフェア|true",
        "冬%ア|冬のフェアだ|false",
        // only % (also none matched): everything, the empty text included
        "%|\"\"|true",
        "%|anything|true",
        "%%%%%|\"\"|true",
        "%%%%%|x|true",
        // runs of % are one wildcard
        "a%%%b|ab|true",
        "a%%%b|a-b|true",
        "%%a%%|xax|true",
        // pieces in order, not overlapping each other or the anchored ends
        "a%a|a|false",
        "a%a|aa|true",
        "aa%aa|aaa|false",
        "aa%aa|aaaa|true",
        "%ab%ba%|aba|false",
        "%ab%ba%|abba|true",
        "%b%a%|ab|false",
        "%abc%c%|abcabc|true",
        "%aab|aaab|true",
        // literal: _ . * [ \\ are no wildcards, case matters
        "a_c|abc|false",
        "a_c|a_c|true",
        "冬.*|冬のフェア|false",
        "[a]%|[a]b|true",
        "\\E%|\\Ex|true",
        "ABC%|abc|false",
        "%ｆｅａ%|ＦＥＡ|false",
    })
    void matches(String pattern, String text, boolean expected) {
        assertThat(like(pattern, text)).isEqualTo(expected);
    }

    @Test
    void controlCharactersAreLiteral() {
        assertThat(like("%%%%%\u0000", "冬のフェア")).isFalse();
        assertThat(like("%%%%%\u0000", "冬のフェア\u0000")).isTrue();
        assertThat(like("a\u0000%", "a\u0000b")).isTrue();
        assertThat(like("%\n%", "一行目\n二行目")).as("a line break is a character like any other").isTrue();
        assertThat(like("一行目%", "一行目\n二行目")).isTrue();
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String yoshino = "𠮷野家のお知らせ"; // 𠮷 is outside the BMP: two chars
        assertThat(like("𠮷%", yoshino)).isTrue();
        assertThat(like("%野家%", yoshino)).isTrue();
        assertThat(like("%𠮷%", "𠮷")).isTrue();
        assertThat(like("%\uDFB7%", "吉")).isFalse();
        assertThat(like("%😀", "笑顔😀")).isTrue();
        assertThat(like("%😀", "笑顔😁")).as("same high surrogate, other character").isFalse();
    }

    @Test
    void keepsTheRequestsPatternAndCountsEveryPercent() {
        assertThat(LikePattern.of("%%冬%").pattern()).isEqualTo("%%冬%");
        assertThat(LikePattern.wildcards("%%冬%")).isEqualTo(3);
        assertThat(LikePattern.wildcards("冬")).isZero();
        assertThat(LikePattern.wildcards("")).isZero();
    }

    @Test
    void agreesWithTheRegularExpressionItReplacesOnShortTexts() {
        String[] patterns = {"%", "a", "a%", "%a", "%a%", "a%b", "%ab%", "a%b%a", "%b%b%", "ab%ba", "%%a%%b%%"};
        String alphabet = "ab";
        for (String pattern : patterns) {
            Pattern regex = regex(pattern);
            for (int length = 0; length <= 6; length++) {
                for (int bits = 0; bits < 1 << length; bits++) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < length; i++) {
                        text.append(alphabet.charAt(bits >> i & 1));
                    }
                    assertThat(like(pattern, text.toString())).as("'%s' like '%s'", text, pattern)
                            .isEqualTo(regex.matcher(text).matches());
                }
            }
        }
    }

    /** The former implementation, as a reference on texts too short to blow up. */
    private static Pattern regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String piece : pattern.split("%", -1)) {
            regex.append(Pattern.quote(piece)).append(".*");
        }
        regex.setLength(regex.length() - 2);
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Test
    void tenWildcardsOverAHundredKilobytesTakeMilliseconds() {
        // The old regex needed 29 s for five % over a ~100-character summary; here the text is 1,000
        // times longer, holds every piece but the last, and the match must still fail.
        String text = "冬のフェア".repeat(20_000);
        LikePattern pattern = LikePattern.of("%冬%の%フ%ェ%ア%冬%の%フ%\u0000%");

        assertThat(pattern.matches(text)).isFalse();
        assertThat(bestMillis(() -> pattern.matches(text))).as("one pass over 100,000 characters").isLessThan(50);
    }

    @Test
    void aLongPieceThatAlmostMatchesEverywhereStaysLinear() {
        // Each position starts a near match of the piece: String.indexOf would compare about 200
        // characters at each of them (20 million, ~150 ms here); KMP reads each character once.
        String text = "a".repeat(100_000);
        LikePattern pattern = LikePattern.of("%" + "a".repeat(197) + "b%");

        assertThat(pattern.matches(text)).isFalse();
        assertThat(bestMillis(() -> pattern.matches(text))).as("one pass over 100,000 characters").isLessThan(50);
    }

    /**
     * The fastest of a few runs after warming up: the JIT's first passes and a busy machine's pauses
     * are not what is measured (a few milliseconds when idle; the bound leaves room for a loaded one).
     */
    private static long bestMillis(Runnable match) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 10; run++) {
            long start = System.nanoTime();
            match.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1_000_000;
    }
}
