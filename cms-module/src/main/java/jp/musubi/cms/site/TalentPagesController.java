package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * 人材情報 (Kumamoto ①イb): the directory with Japanese keyword search (hits highlighted) and
 * skill/field/tag filters, and each entry. The content type has no contact property and the index
 * holds only deliverable properties, so no personal contact data can appear here. An entry whose
 * member profile is not published (a withdrawn member) is not shown.
 */
@Controller
class TalentPagesController {

    private static final int PAGE = 100;

    /** One row of the result: the entry, its member's name and, when searched, the highlighted passages. */
    record TalentRow(ContentView talent, String memberName, Map<String, String> highlights) {
    }

    private final SiteCatalog catalog;
    private final DetailPages details;
    private final ContentSearch search;

    TalentPagesController(SiteCatalog catalog, DetailPages details, ContentSearch search) {
        this.catalog = catalog;
        this.details = details;
        this.search = search;
    }

    @GetMapping("/talents")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String skill,
                @RequestParam(required = false) String field, @RequestParam(required = false) String tag,
                Model model) {
        String words = q == null ? "" : q.strip();
        if (words.length() > SeedPagesController.MAX_QUERY) {
            model.addAttribute("queryError", TEXTS.get("site.queryTooLong", SeedPagesController.MAX_QUERY));
            words = "";
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filter(filters, "skills", skill);
        filter(filters, "fields", field);
        filter(filters, "tags", tag);
        SearchResult result = search.search(new SearchQuery(SiteCatalog.TALENTS, words, filters, 0, PAGE));
        List<TalentRow> rows = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            catalog.find(SiteCatalog.TALENTS, hit.name()).ifPresent(talent -> {
                String member = catalog.titleOf(SiteCatalog.MEMBERS, talent.text("member"));
                if (member != null) {
                    rows.add(new TalentRow(talent, member, hit.highlights()));
                }
            });
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("skill", skill);
        model.addAttribute("field", field);
        model.addAttribute("tag", tag);
        model.addAttribute("rows", rows);
        model.addAttribute("searched", !words.isEmpty() || !filters.isEmpty());
        model.addAttribute("skills", facet(result, "skills"));
        model.addAttribute("fields", facet(result, "fields"));
        model.addAttribute("tags", facet(result, "tags"));
        model.addAttribute("pageMeta", PageMeta.website(TEXTS.get("site.talents.title"), "/talents"));
        return "site/talents";
    }

    @GetMapping("/talents/{name}")
    String talent(@PathVariable String name, Model model) {
        ContentView talent = catalog.find(SiteCatalog.TALENTS, name)
                .filter(t -> catalog.titleOf(SiteCatalog.MEMBERS, t.text("member")) != null)
                .orElseThrow(NotFound::page);
        return details.prepare(talent, model, false);
    }

    private static void filter(Map<String, List<String>> filters, String property, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(property, List.of(value));
        }
    }

    private static List<FacetCount> facet(SearchResult result, String property) {
        return result.facets().getOrDefault(property, List.of());
    }
}
