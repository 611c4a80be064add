package jp.musubi.cms.newsletter;

/**
 * A member who receives the newsletter.
 *
 * @param key   stable identifier of the subscription in the member registry (not the address, so
 *              that unsubscribe links and logs carry no personal data); recipients are paged by it
 * @param email where the newsletter goes
 * @param name  for the admin pages (organization name), never put in a link
 */
public record NewsletterRecipient(String key, String email, String name) {

    public NewsletterRecipient {
        if (key == null || key.isBlank() || email == null || email.isBlank()) {
            throw new IllegalArgumentException("a newsletter recipient needs a key and an address");
        }
    }
}
