package jp.musubi.cms.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed unsubscribe tokens: {@code base64url(key) "." base64url(HMAC-SHA256(secret, purpose + key))}.
 * Only the holder of the mail can stop that recipient's newsletter; the token names the
 * subscription key, not the address, so links and access logs carry no personal data.
 */
public class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    /** Domain separation: a MAC made with the same secret for another purpose is not a valid token. */
    private static final String PURPOSE = "musubi-newsletter-unsubscribe:";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public UnsubscribeTokens(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the unsubscribe secret must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String issue(String recipientKey) {
        return ENCODER.encodeToString(recipientKey.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(recipientKey));
    }

    /** The recipient key of a genuine token; empty for anything else (forged, truncated, garbage). */
    public Optional<String> verify(String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            String recipientKey = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            // Constant-time comparison: response timing must not reveal how much of a forged MAC was right.
            return MessageDigest.isEqual(signature, mac(recipientKey)) && !recipientKey.isBlank()
                    ? Optional.of(recipientKey) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String recipientKey) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((PURPOSE + recipientKey).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
