package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import java.util.List;

import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.PropertyOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** お知らせ・記事: the list, by category, and each article. */
@Controller
class ArticlePagesController {

    private final SiteCatalog catalog;
    private final DetailPages details;
    private final List<PropertyOption> categories;

    ArticlePagesController(SiteCatalog catalog, DetailPages details, ContentTypeRegistry registry) {
        this.catalog = catalog;
        this.details = details;
        this.categories = registry.findTypeByWorkspace(SiteCatalog.ARTICLES).orElseThrow()
                .property("category").orElseThrow().options();
    }

    @GetMapping("/articles")
    String list(@RequestParam(required = false) String category, Model model) {
        PropertyOption selected = categories.stream().filter(option -> option.value().equals(category))
                .findFirst().orElse(null);
        model.addAttribute("categories", categories);
        model.addAttribute("category", selected);
        model.addAttribute("articles", catalog.newest(SiteCatalog.ARTICLES).stream()
                .filter(article -> selected == null || selected.value().equals(article.text("category"))).toList());
        model.addAttribute("pageMeta", PageMeta.website(TEXTS.get("site.articles.title"),
                selected == null ? "/articles" : "/articles?category=" + selected.value()));
        return "site/articles";
    }

    @GetMapping("/articles/{name}")
    String article(@PathVariable String name, Model model) {
        ContentView article = catalog.find(SiteCatalog.ARTICLES, name).orElseThrow(NotFound::page);
        return details.prepare(article, model, false);
    }
}
