package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 会員 directory, イベント and 固定ページ: lists and detail pages of published items. */
@Controller
class DirectoryPagesController {

    private final SiteCatalog catalog;
    private final DetailPages details;

    DirectoryPagesController(SiteCatalog catalog, DetailPages details) {
        this.catalog = catalog;
        this.details = details;
    }

    @GetMapping("/members")
    String members(Model model) {
        model.addAttribute("members", catalog.byTitle(SiteCatalog.MEMBERS));
        model.addAttribute("pageMeta", PageMeta.website(TEXTS.get("site.members.title"), "/members"));
        return "site/members";
    }

    @GetMapping("/members/{name}")
    String member(@PathVariable String name, Model model) {
        return details.prepare(catalog.find(SiteCatalog.MEMBERS, name).orElseThrow(NotFound::page), model, false);
    }

    @GetMapping("/events")
    String events(Model model) {
        model.addAttribute("events", catalog.events());
        model.addAttribute("pageMeta", PageMeta.website(TEXTS.get("site.events.title"), "/events"));
        return "site/events";
    }

    @GetMapping("/events/{name}")
    String event(@PathVariable String name, Model model) {
        return details.prepare(catalog.find(SiteCatalog.EVENTS, name).orElseThrow(NotFound::page), model, false);
    }

    @GetMapping("/pages/{name}")
    String page(@PathVariable String name, Model model) {
        return details.prepare(catalog.find(SiteCatalog.PAGES, name).orElseThrow(NotFound::page), model, false);
    }
}
