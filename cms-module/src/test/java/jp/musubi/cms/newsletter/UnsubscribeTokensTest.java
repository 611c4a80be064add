package jp.musubi.cms.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("a-secret-of-at-least-16-chars");

    @Test
    void aTokenNamesItsRecipientAndContainsNoAddress() {
        String token = tokens.issue("nasuno-denshi");

        assertThat(tokens.verify(token)).contains("nasuno-denshi");
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+").doesNotContain("@");
    }

    @Test
    void aTokenForAnotherRecipientCannotBeMadeWithoutTheSecret() {
        String genuine = tokens.issue("nasuno-denshi");
        String otherKey = Base64.getUrlEncoder().withoutPadding().encodeToString("hibari-node".getBytes(StandardCharsets.UTF_8));
        String forged = otherKey + genuine.substring(genuine.indexOf('.'));

        assertThat(tokens.verify(forged)).isEmpty();
        assertThat(new UnsubscribeTokens("another-secret-of-16-chars").verify(genuine)).isEmpty();
    }

    @Test
    void anOldFormatTokenIsRefusedEvenWithTheRightSecret() {
        assertThat(tokens.verify(OldFormatTokens.forge("a-secret-of-at-least-16-chars", "nasuno-denshi"))).isEmpty();
    }

    @Test
    void garbageIsRefused() {
        String genuine = tokens.issue("nasuno-denshi");

        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("no-dot")).isEmpty();
        assertThat(tokens.verify(genuine + ".extra")).isEmpty();
        assertThat(tokens.verify(genuine.substring(0, genuine.length() - 2))).isEmpty();
        assertThat(tokens.verify("!!!.???")).isEmpty();
        assertThat(tokens.verify("x".repeat(5000))).isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new UnsubscribeTokens("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
