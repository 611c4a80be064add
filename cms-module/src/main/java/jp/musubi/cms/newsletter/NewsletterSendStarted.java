package jp.musubi.cms.newsletter;

/** A send was created and waits for its recipients to be enqueued (the background worker does that). */
public record NewsletterSendStarted(long sendId) {
}
