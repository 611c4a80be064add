package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.musubi.cms.feature.Features;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Atom and RSS 2.0 feeds of the newest published articles, and {@code sitemap.xml} of every public page. */
@RestController
class FeedController {

    private static final int ENTRIES = 20;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final List<String> LIST_PAGES = List.of("/", "/articles", "/issues", "/seeds", "/members",
            "/events", "/talents");
    private static final List<String> WORKSPACES = List.of(SiteCatalog.ARTICLES, SiteCatalog.ISSUES,
            SiteCatalog.SEEDS, SiteCatalog.MEMBERS, SiteCatalog.EVENTS, SiteCatalog.PAGES, SiteCatalog.TALENTS);

    private final SiteCatalog catalog;
    private final SiteProperties site;
    private final Features features;

    FeedController(SiteCatalog catalog, SiteProperties site, Features features) {
        this.catalog = catalog;
        this.site = site;
        this.features = features;
    }

    @GetMapping("/articles/feed.atom")
    ResponseEntity<String> atom() {
        List<ContentView> articles = catalog.newest(SiteCatalog.ARTICLES).stream().limit(ENTRIES).toList();
        String base = base();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">\n")
                .append("<title>").append(Xml.escape(TEXTS.get("site.feed.title", site.name()))).append("</title>\n")
                .append("<id>").append(Xml.escape(base + "/articles")).append("</id>\n")
                .append("<link rel=\"self\" href=\"").append(Xml.escape(base + "/articles/feed.atom")).append("\"/>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(base + "/articles"))
                .append("\"/>\n")
                .append("<updated>").append(iso(articles.isEmpty() ? Instant.EPOCH : articles.get(0).published()))
                .append("</updated>\n")
                .append("<author><name>").append(Xml.escape(site.operator().isBlank() ? site.name() : site.operator()))
                .append("</name></author>\n");
        for (ContentView article : articles) {
            String url = base + DetailPages.path(article.workspace(), article.name());
            xml.append("<entry>\n<title>").append(Xml.escape(article.title())).append("</title>\n")
                    .append("<id>").append(Xml.escape(url)).append("</id>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n")
                    .append("<updated>").append(iso(article.published())).append("</updated>\n");
            if (article.label("category") != null) {
                xml.append("<category term=\"").append(Xml.escape(article.text("category"))).append("\" label=\"")
                        .append(Xml.escape(article.label("category"))).append("\"/>\n");
            }
            if (article.text("lead") != null) {
                xml.append("<summary>").append(Xml.escape(article.text("lead"))).append("</summary>\n");
            }
            xml.append("</entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    @GetMapping("/articles/feed.rss")
    ResponseEntity<String> rss() {
        List<ContentView> articles = catalog.newest(SiteCatalog.ARTICLES).stream().limit(ENTRIES).toList();
        String base = base();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\"><channel>\n")
                .append("<title>").append(Xml.escape(TEXTS.get("site.feed.title", site.name()))).append("</title>\n")
                .append("<link>").append(Xml.escape(base + "/articles")).append("</link>\n")
                .append("<description>").append(Xml.escape(TEXTS.get("site.feed.description", site.name()))).append("</description>\n")
                .append("<language>ja</language>\n");
        for (ContentView article : articles) {
            String url = base + DetailPages.path(article.workspace(), article.name());
            xml.append("<item><title>").append(Xml.escape(article.title())).append("</title>")
                    .append("<link>").append(Xml.escape(url)).append("</link>")
                    .append("<guid isPermaLink=\"true\">").append(Xml.escape(url)).append("</guid>")
                    .append("<pubDate>").append(rfc1123(article.published())).append("</pubDate>");
            if (article.text("lead") != null) {
                xml.append("<description>").append(Xml.escape(article.text("lead"))).append("</description>");
            }
            xml.append("</item>\n");
        }
        xml.append("</channel></rss>\n");
        return ResponseEntity.ok().contentType(RSS).body(xml.toString());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        String base = base();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        // A feature this programme does not run answers 404: its pages are no part of the site.
        for (String path : LIST_PAGES.stream().filter(features::isReachable).toList()) {
            xml.append("<url><loc>").append(Xml.escape(base + path)).append("</loc></url>\n");
        }
        for (String workspace : WORKSPACES) {
            for (ContentView item : catalog.newest(workspace)) {
                String path = DetailPages.path(workspace, item.name());
                if (!features.isReachable(path)) {
                    continue;
                }
                xml.append("<url><loc>").append(Xml.escape(base + path))
                        .append("</loc>");
                if (item.published() != null) {
                    xml.append("<lastmod>").append(iso(item.published())).append("</lastmod>");
                }
                xml.append("</url>\n");
            }
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).body(xml.toString());
    }

    private String base() {
        String base = site.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant.truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format((instant == null ? Instant.EPOCH : instant).atOffset(ZoneOffset.UTC));
    }
}
