package jp.musubi.cms.newsletter;

/**
 * The names people are shown by on the newsletter pages: the CMS records login IDs only, the
 * account registry (workflow) knows the display names and contributes this as a bean.
 */
public interface NewsletterPeople {

    /** The display name of the account with this login ID, or null when there is none. */
    String displayName(String username);
}
