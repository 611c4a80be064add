package jp.musubi.cms.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes delivery bodies: nodes once per snapshot, list envelopes per request by copying node bytes. */
final class DeliveryJson {

    // Decimals as written by editors (1.50, 1000), never in exponent form.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private DeliveryJson() {
    }

    static byte[] node(Map<String, Object> node) {
        return JSON.writeValueAsBytes(node);
    }

    /** Magnolia's list envelope: {@code {"total", "offset", "limit", "results": [...]}}. */
    static byte[] list(ResultPage page) {
        int size = 64;
        for (DeliveryNode node : page.nodes()) {
            size += node.json().length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(("{\"total\":" + page.total() + ",\"offset\":" + page.offset() + ",\"limit\":"
                + page.limit() + ",\"results\":[").getBytes(StandardCharsets.US_ASCII));
        boolean first = true;
        for (DeliveryNode node : page.nodes()) {
            if (!first) {
                out.write(',');
            }
            out.writeBytes(node.json());
            first = false;
        }
        out.write(']');
        out.write('}');
        return out.toByteArray();
    }

    /** A strong entity tag: the body's SHA-256 (first 128 bits), quoted. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
