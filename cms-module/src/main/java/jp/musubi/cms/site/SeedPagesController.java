package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jp.musubi.cms.common.SiteSearchHits;
import jp.musubi.cms.search.ContentSearch;
import jp.musubi.cms.search.FacetCount;
import jp.musubi.cms.search.SearchHit;
import jp.musubi.cms.search.SearchQuery;
import jp.musubi.cms.search.SearchResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** シーズ: the directory with Japanese keyword search (hits highlighted) and tag/field filters, and each seed. */
@Controller
class SeedPagesController {

    static final int MAX_QUERY = 100;
    private static final int PAGE = 100;

    /** One row of the result: the seed and, when searched, the highlighted passages. */
    record SeedRow(ContentView seed, String memberName, Map<String, String> highlights) {
    }

    private final SiteCatalog catalog;
    private final DetailPages details;
    private final ContentSearch search;

    SeedPagesController(SiteCatalog catalog, DetailPages details, ContentSearch search) {
        this.catalog = catalog;
        this.details = details;
        this.search = search;
    }

    @GetMapping("/seeds")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                @RequestParam(required = false) String field, Model model, HttpServletRequest request) {
        String words = q == null ? "" : q.strip();
        if (words.length() > MAX_QUERY) {
            model.addAttribute("queryError", TEXTS.get("site.queryTooLong", MAX_QUERY));
            words = "";
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (tag != null && !tag.isBlank()) {
            filters.put("tags", List.of(tag));
        }
        if (field != null && !field.isBlank()) {
            filters.put("fields", List.of(field));
        }
        SearchResult result = search.search(new SearchQuery(SiteCatalog.SEEDS, words, filters, 0, PAGE));
        // For the access report: the term and what it found (the terms that found nothing too).
        SiteSearchHits.record(request, words, result.total());
        List<SeedRow> rows = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            // The index follows publication a moment later: what the snapshot no longer holds is not shown.
            catalog.find(SiteCatalog.SEEDS, hit.name()).ifPresent(seed -> rows.add(new SeedRow(seed,
                    catalog.titleOf(SiteCatalog.MEMBERS, seed.text("member")), hit.highlights())));
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("tag", tag);
        model.addAttribute("field", field);
        model.addAttribute("rows", rows);
        model.addAttribute("searched", !words.isEmpty() || !filters.isEmpty());
        model.addAttribute("tags", facet(result, "tags"));
        model.addAttribute("fields", facet(result, "fields"));
        model.addAttribute("pageMeta", PageMeta.website(TEXTS.get("site.seeds.title"), "/seeds"));
        return "site/seeds";
    }

    private static List<FacetCount> facet(SearchResult result, String property) {
        return result.facets().getOrDefault(property, List.of());
    }

    @GetMapping("/seeds/{name}")
    String seed(@PathVariable String name, Model model) {
        ContentView seed = catalog.find(SiteCatalog.SEEDS, name).orElseThrow(NotFound::page);
        return details.prepare(seed, model, false);
    }
}
