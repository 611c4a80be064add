package jp.musubi.cms.newsletter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Unsubscribe tokens as the first version made them: HMAC over the public organization key. */
final class OldFormatTokens {

    /** The constant the embedded default signed with before it generated its own secret. */
    static final String OLD_DEVELOPMENT_SECRET = "musubi-embedded-default-unsubscribe-secret-not-for-production";

    private OldFormatTokens() {
    }

    static String forge(String secret, String organizationKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal(("musubi-newsletter-unsubscribe:" + organizationKey).getBytes(StandardCharsets.UTF_8));
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            return base64.encodeToString(organizationKey.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
