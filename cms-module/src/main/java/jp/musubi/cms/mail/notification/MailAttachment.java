package jp.musubi.cms.mail.notification;

import java.util.Arrays;

/**
 * A file sent with a mail, kept in the outbox with it (so a retry sends the same bytes).
 *
 * @param filename    the name the recipient sees (ASCII or Japanese; encoded per RFC 2231 on the wire)
 * @param contentType the MIME type with its parameters, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
 */
public record MailAttachment(String filename, String contentType, byte[] content) {

    /** Outbox attachments are small by nature (invitations, short notes); files go by link. */
    public static final int MAX_BYTES = 256 * 1024;

    public MailAttachment {
        Required.text(filename, "filename");
        Required.text(contentType, "contentType");
        if (content == null || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("attachment content missing or over " + MAX_BYTES + " bytes");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && filename.equals(that.filename)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * filename.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "MailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
