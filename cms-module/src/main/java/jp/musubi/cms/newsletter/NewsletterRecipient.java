package jp.musubi.cms.newsletter;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A member who receives the newsletter.
 *
 * @param key           stable identifier of the subscription in the member registry (not the address, so
 *                      that logs carry no personal data); recipients are paged by it. It may be public
 *                      (the organization key is), so it is never what an unsubscribe link names
 * @param email         where the newsletter goes
 * @param name          for the admin pages (organization name), never put in a link
 * @param unsubscribeId what this recipient's unsubscribe link names: random ({@link #newUnsubscribeId()}), kept
 *                      by the member registry, shown nowhere but in the recipient's own newsletters
 */
public record NewsletterRecipient(String key, String email, String name, String unsubscribeId) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public NewsletterRecipient {
        if (key == null || key.isBlank() || email == null || email.isBlank() || unsubscribeId == null
                || unsubscribeId.isBlank()) {
            throw new IllegalArgumentException("a newsletter recipient needs a key, an address and an unsubscribe id");
        }
    }

    /** 128 random bits, base64url: what a member registry stores as a new recipient's unsubscribe id. */
    public static String newUnsubscribeId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
