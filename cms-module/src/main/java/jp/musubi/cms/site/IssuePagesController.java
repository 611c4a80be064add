package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import java.util.List;
import java.util.Set;

import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.PropertyOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 課題: the list by public status and each issue with its call for proposals. */
@Controller
class IssuePagesController {

    /** The statuses the list offers as filters; 終了 issues stay reachable but are not a filter. */
    private static final Set<String> FILTERS = Set.of("recruiting", "selecting", "matched");

    private final SiteCatalog catalog;
    private final DetailPages details;
    private final List<PropertyOption> statuses;

    IssuePagesController(SiteCatalog catalog, DetailPages details, ContentTypeRegistry registry) {
        this.catalog = catalog;
        this.details = details;
        this.statuses = registry.findTypeByWorkspace(SiteCatalog.ISSUES).orElseThrow()
                .property("publicStatus").orElseThrow().options().stream()
                .filter(option -> FILTERS.contains(option.value())).toList();
    }

    @GetMapping("/issues")
    String list(@RequestParam(required = false) String status, Model model) {
        PropertyOption selected = statuses.stream().filter(option -> option.value().equals(status))
                .findFirst().orElse(null);
        model.addAttribute("statuses", statuses);
        model.addAttribute("status", selected);
        model.addAttribute("issues", catalog.newest(SiteCatalog.ISSUES).stream()
                .filter(issue -> selected == null || selected.value().equals(issue.text("publicStatus"))).toList());
        model.addAttribute("pageMeta", PageMeta.website(TEXTS.get("site.issues.title"),
                selected == null ? "/issues" : "/issues?status=" + selected.value()));
        return "site/issues";
    }

    @GetMapping("/issues/{name}")
    String issue(@PathVariable String name, Model model) {
        ContentView issue = catalog.find(SiteCatalog.ISSUES, name).orElseThrow(NotFound::page);
        return details.prepare(issue, model, false);
    }
}
