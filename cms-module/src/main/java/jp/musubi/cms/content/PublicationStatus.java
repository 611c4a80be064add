package jp.musubi.cms.content;

/**
 * Magnolia's activation states. {@code mgnl:activationStatus} in delivery JSON is the lower-case name
 * ({@code published}, {@code modified}: published but edited since, {@code unpublished}).
 */
public enum PublicationStatus {
    UNPUBLISHED,
    MODIFIED,
    PUBLISHED;

    /** The Japanese name editors see, from {@code i18n/content.properties}. */
    public String label() {
        return ContentMessages.TEXTS.get("content.status." + name());
    }
}
