package jp.musubi.cms.newsletter;

import jp.musubi.cms.mail.OutgoingMail;

/**
 * The confirmation page's view of a send not started yet.
 *
 * @param mail        the mail as a sample member would receive it
 * @param recipients  how many members would receive it now
 * @param alreadySent this revision was sent before (it cannot be sent again)
 */
public record NewsletterPreview(NewsletterContent content, OutgoingMail mail, long recipients, boolean alreadySent) {
}
