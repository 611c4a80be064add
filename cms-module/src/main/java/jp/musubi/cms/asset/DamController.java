package jp.musubi.cms.asset;

import java.util.concurrent.TimeUnit;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves assets to everyone at {@code /dam/{id}} and {@code /dam/{id}/{filename}} (the file name is
 * only for people and search engines). An asset never changes under its id, so it may be cached for
 * a year; the type is the detected one and browsers must not guess another. A restricted asset is
 * "not found" here, exactly as an unknown id, so its link says nothing.
 */
@RestController
class DamController {

    private static final CacheControl FOREVER = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

    private final AssetService assets;

    DamController(AssetService assets) {
        this.assets = assets;
    }

    @GetMapping({"/dam/{id}", "/dam/{id}/{filename}"})
    ResponseEntity<Resource> serve(@PathVariable String id) {
        Asset asset = assets.get(id);
        Resource file = new FileSystemResource(assets.file(asset));
        // Spring answers If-None-Match with 304 and Range with 206 from these headers and the Resource.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(asset.mediaType()))
                .cacheControl(FOREVER)
                .eTag(asset.sha256())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.inline(asset.filename()))
                .body(file);
    }
}
