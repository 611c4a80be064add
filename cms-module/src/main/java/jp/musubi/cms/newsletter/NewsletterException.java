package jp.musubi.cms.newsletter;

/** A send that cannot be started; the message is Japanese and meant for the person who tried. */
public class NewsletterException extends RuntimeException {

    public NewsletterException(String message) {
        super(message);
    }
}
