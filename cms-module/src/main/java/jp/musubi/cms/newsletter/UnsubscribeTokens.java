package jp.musubi.cms.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed unsubscribe tokens: {@code base64url(id) "." base64url(HMAC-SHA256(secret, purpose + id))}.
 * Only the holder of the mail can stop that recipient's newsletter. The token names the recipient's
 * random unsubscribe id ({@link NewsletterRecipient#unsubscribeId()}): not the address, so links and
 * access logs carry no personal data, and not the public organization key, so that even someone who
 * learnt the secret could not aim a link at a member whose mail they have not seen.
 */
public class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    /**
     * Domain separation: a MAC made with the same secret for another purpose is not a valid token.
     * "v2": the first format signed the public organization key; its tokens are refused.
     */
    private static final String PURPOSE = "musubi-newsletter-unsubscribe:v2:";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public UnsubscribeTokens(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the unsubscribe secret must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String issue(String unsubscribeId) {
        return ENCODER.encodeToString(unsubscribeId.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(unsubscribeId));
    }

    /** The unsubscribe id of a genuine token; empty for anything else (forged, old format, truncated, garbage). */
    public Optional<String> verify(String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            String unsubscribeId = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            // Constant-time comparison: response timing must not reveal how much of a forged MAC was right.
            return MessageDigest.isEqual(signature, mac(unsubscribeId)) && !unsubscribeId.isBlank()
                    ? Optional.of(unsubscribeId) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String unsubscribeId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((PURPOSE + unsubscribeId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
