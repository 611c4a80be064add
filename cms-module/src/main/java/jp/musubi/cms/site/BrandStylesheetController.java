package jp.musubi.cms.site;

import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /assets/brand.css}: the programme's brand colours as CSS custom properties, which the product's
 * stylesheet reads. A stylesheet of its own, not a {@code <style>} in the page, since the Content-Security-Policy
 * allows styles from this site's files only ({@code style-src 'self'}). The layout links it with the colours'
 * digest ({@code ?v=…}), so a browser keeps it for a year and a new configuration is a new URL.
 */
@RestController
class BrandStylesheetController {

    private static final MediaType TEXT_CSS = new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8);
    private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

    private final SiteBrand brand;

    BrandStylesheetController(SiteProperties site) {
        this.brand = site.brand();
    }

    @GetMapping("/assets/brand.css")
    ResponseEntity<String> stylesheet(@RequestParam(name = "v", required = false) String version) {
        // Another digest is an older page's link: today's colours, to be asked again next time.
        CacheControl cache = brand.version().equals(version) ? FOR_A_YEAR : CacheControl.noCache();
        return ResponseEntity.ok().contentType(TEXT_CSS).cacheControl(cache).body(brand.stylesheet());
    }
}
