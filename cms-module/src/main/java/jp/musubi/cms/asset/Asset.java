package jp.musubi.cms.asset;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.web.util.UriUtils;

/**
 * An uploaded file's metadata. Content refers to it by {@code id.toString()}.
 *
 * @param filename  the uploader's file name, cleaned (no directories or control characters)
 * @param mediaType detected from the bytes, never taken from the name or the browser
 * @param sha256    hex digest of the bytes; also the HTTP ETag
 * @param restricted never served at {@code /dam} (404 there): the feature that stored it serves it to the
 *                   people allowed to see it
 */
public record Asset(UUID id, String filename, String mediaType, long size, String sha256,
                    Instant uploadedAt, String uploadedBy, boolean restricted) {

    /** A public asset. */
    public Asset(UUID id, String filename, String mediaType, long size, String sha256, Instant uploadedAt, String uploadedBy) {
        this(id, filename, mediaType, size, sha256, uploadedAt, uploadedBy, false);
    }

    /** The public address: {@code /dam/{id}/{filename}} (answers 404 for a restricted asset). */
    public String url() {
        return "/dam/" + id + "/" + UriUtils.encodePathSegment(filename, StandardCharsets.UTF_8);
    }
}
