package jp.musubi.cms.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public top page: news, open calls for proposals, events. */
@Controller
class HomeController {

    private static final int NEWS = 5;

    private final SiteCatalog catalog;

    HomeController(SiteCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("news", catalog.newest(SiteCatalog.ARTICLES).stream().limit(NEWS).toList());
        model.addAttribute("openIssues", catalog.newest(SiteCatalog.ISSUES).stream()
                .filter(issue -> "recruiting".equals(issue.text("publicStatus"))).toList());
        model.addAttribute("events", catalog.events().stream().limit(3).toList());
        model.addAttribute("pageMeta", PageMeta.website(null, "/"));
        return "site/home";
    }
}
