package jp.musubi.cms.delivery;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Magnolia's REST delivery API (v2 shape), anonymous and read-only, published content only:
 * {@code GET /.rest/delivery/{endpoint}} lists, {@code GET /.rest/delivery/{endpoint}/{name}} gets one.
 *
 * <p>Every 200 carries a strong {@code ETag} and {@code Last-Modified}; a matching
 * {@code If-None-Match} or {@code If-Modified-Since} is answered 304 without a body by Spring's
 * {@code ResponseEntity} handling (If-None-Match wins when both are sent, as RFC 9110 says).
 */
@RestController
@RequestMapping("/.rest/delivery")
class DeliveryController {

    static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);
    // Public content, kept briefly by browsers and CDNs and revalidated through the ETag; the same as the
    // published-response cache (cms.pagecache) sends, so a publication is seen within about a second.
    static final String CACHE_CONTROL = "public, max-age=1, s-maxage=1, stale-while-revalidate=10";

    private final DeliveryService delivery;

    DeliveryController(DeliveryService delivery) {
        this.delivery = delivery;
    }

    @GetMapping({"", "/"})
    ResponseEntity<byte[]> noEndpoint() {
        throw DeliveryProblem.notFound(DeliveryMessages.noEndpointGiven());
    }

    @GetMapping("/{endpoint}")
    ResponseEntity<byte[]> list(@PathVariable String endpoint, @RequestParam MultiValueMap<String, String> parameters) {
        return ok(delivery.list(endpoint, parameters));
    }

    /** {@code path} is the rest of the URL with its leading slash: {@code /name}, {@code /name/} or {@code /}. */
    @GetMapping("/{endpoint}/{*path}")
    ResponseEntity<byte[]> item(@PathVariable String endpoint, @PathVariable String path,
                                @RequestParam MultiValueMap<String, String> parameters) {
        String name = stripSlashes(path);
        if (name.isEmpty()) {
            return ok(delivery.list(endpoint, parameters));
        }
        if (name.contains("/")) {
            // Items are flat (/{name}); a deeper path names nothing that is delivered.
            throw DeliveryProblem.notFound(DeliveryMessages.unknownItem(endpoint, "/" + name));
        }
        return ok(delivery.item(endpoint, name));
    }

    private static String stripSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    private static ResponseEntity<byte[]> ok(DeliveryResponse response) {
        return ResponseEntity.ok()
                .contentType(JSON_UTF8)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .eTag(response.etag())
                .lastModified(response.lastModified())
                .body(response.body());
    }
}
