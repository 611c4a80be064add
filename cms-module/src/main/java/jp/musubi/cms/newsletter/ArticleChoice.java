package jp.musubi.cms.newsletter;

import java.time.Instant;

/**
 * A published article that can be sent as a newsletter.
 *
 * @param markedForNewsletter the article's {@code newsletter} property: its editor meant it for members
 * @param alreadySent         this revision was sent already (it cannot be sent twice)
 */
public record ArticleChoice(String name, String title, int revision, Instant lastActivated, boolean markedForNewsletter,
                            boolean alreadySent) {
}
