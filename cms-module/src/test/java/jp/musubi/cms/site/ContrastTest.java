package jp.musubi.cms.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The WCAG 2.x relative luminance and contrast ratio, against the values contrast checkers show. */
class ContrastTest {

    @Test
    void blackOnWhiteIs21AndAColourOnItselfIs1() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(1e-9));
        assertThat(Contrast.ratio("#ffffff", "#000")).isCloseTo(21.0, within(1e-9));
        assertThat(Contrast.ratio("#0b5394", "#0b5394")).isCloseTo(1.0, within(1e-9));
        assertThat(Contrast.relativeLuminance("#ffffff")).isCloseTo(1.0, within(1e-9));
        assertThat(Contrast.relativeLuminance("#000000")).isZero();
    }

    @Test
    void greyOnWhiteIsJustBelowOrJustAboveAa() {
        double grey777 = Contrast.ratio("#777777", "#ffffff");
        double grey767 = Contrast.ratio("#767676", "#ffffff");

        assertThat(Contrast.format(grey777)).isEqualTo("4.48");
        assertThat(grey777).isCloseTo(4.48, within(0.005)).isLessThan(Contrast.AA_NORMAL_TEXT);
        assertThat(grey767).isCloseTo(4.54, within(0.005)).isGreaterThanOrEqualTo(Contrast.AA_NORMAL_TEXT);
        assertThat(Contrast.format(grey767)).isEqualTo("4.54");
        assertThat(Contrast.format(4.4991)).as("fails, so not shown as 4.50").isEqualTo("4.499");
        assertThat(Contrast.format(21.0)).isEqualTo("21.00");
    }

    @Test
    void knownColourPairs() {
        // WebAIM's contrast checker: #0b5394 on white 7.83:1, pure red on white 3.99:1.
        assertThat(Contrast.ratio("#0b5394", "#FFFFFF")).isCloseTo(7.84, within(0.01));
        assertThat(Contrast.ratio("#ff0000", "#ffffff")).isCloseTo(3.998, within(0.001));
        assertThat(Contrast.relativeLuminance("#808080")).isCloseTo(0.2158605, within(1e-6));
    }

    @Test
    void onlyCssHexColoursAreRead() {
        assertThat(Contrast.isHexColour("#abc")).isTrue();
        assertThat(Contrast.isHexColour("#A0B1C2")).isTrue();
        assertThat(Contrast.isHexColour("red")).isFalse();
        assertThat(Contrast.isHexColour("#abcd")).isFalse();
        assertThat(Contrast.normalized("#ABC")).isEqualTo("#aabbcc");
        assertThatThrownBy(() -> Contrast.ratio("rgb(0,0,0)", "#fff")).isInstanceOf(IllegalArgumentException.class);
    }
}
