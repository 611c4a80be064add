package jp.musubi.cms.newsletter;

/**
 * What a newsletter says, taken from a published article revision when the send starts.
 *
 * @param bodyHtml sanitized, with links and images made absolute (a mail has no base URL)
 * @param articleUrl the article's page on the public site
 */
public record NewsletterContent(String articleName, int articleRevision, String title, String lead, String bodyHtml,
                                String articleUrl) {
}
