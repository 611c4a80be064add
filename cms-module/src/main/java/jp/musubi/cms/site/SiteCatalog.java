package jp.musubi.cms.site;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.delivery.PublishedItems;
import org.springframework.stereotype.Component;

/** The published content of each workspace as public pages list it, through the delivery API's snapshots. */
@Component
public class SiteCatalog {

    public static final String ARTICLES = "articles";
    public static final String ISSUES = "issues";
    public static final String SEEDS = "seeds";
    public static final String TALENTS = "talents";
    public static final String MEMBERS = "members";
    public static final String EVENTS = "events";
    public static final String PAGES = "pages";
    public static final String MUNICIPALITIES = "municipalities";

    private static final Comparator<ContentView> NEWEST_FIRST = Comparator
            .comparing((ContentView view) -> view.published() == null ? Instant.EPOCH : view.published())
            .reversed().thenComparing(ContentView::name);

    private final PublishedItems published;
    private final ContentViews views;

    SiteCatalog(PublishedItems published, ContentViews views) {
        this.published = published;
        this.views = views;
    }

    /** Newest publication first. */
    public List<ContentView> newest(String workspace) {
        return published.all(workspace).stream().map(views::of).sorted(NEWEST_FIRST).toList();
    }

    /** By title, as a directory reads. */
    public List<ContentView> byTitle(String workspace) {
        return published.all(workspace).stream().map(views::of)
                .sorted(Comparator.comparing(ContentView::title, Comparator.nullsLast(String::compareTo))).toList();
    }

    /** Events: the latest start first. */
    public List<ContentView> events() {
        return published.all(EVENTS).stream().map(views::of)
                .sorted(Comparator.comparing((ContentView view) -> String.valueOf(view.text("startAt"))).reversed())
                .toList();
    }

    public Optional<ContentView> find(String workspace, String name) {
        return published.find(workspace, name).map(views::of);
    }

    public Optional<PublishedItem> item(String workspace, String name) {
        return published.find(workspace, name);
    }

    /** The title of a referenced published item (a municipality, a member), or null when it is not published. */
    public String titleOf(String workspace, String name) {
        if (name == null) {
            return null;
        }
        return published.find(workspace, name).map(item -> item.properties().get("title"))
                .map(String::valueOf).orElse(null);
    }
}
