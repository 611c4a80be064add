package jp.musubi.cms.delivery;

import java.time.Instant;

/**
 * A successful delivery answer.
 *
 * @param body         the JSON, UTF-8
 * @param etag         strong entity tag: a hash of {@code body}
 * @param lastModified when the content behind the body last changed
 */
record DeliveryResponse(byte[] body, String etag, Instant lastModified) {

    static DeliveryResponse of(byte[] body, Instant lastModified) {
        return new DeliveryResponse(body, DeliveryJson.etag(body), lastModified);
    }
}
