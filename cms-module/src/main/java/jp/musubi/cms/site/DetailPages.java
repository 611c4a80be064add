package jp.musubi.cms.site;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a detail page from a {@link ContentView}: the public controllers call it for a
 * published item and the editor's preview for a revision, so both render exactly the same template
 * with exactly the same data.
 */
@Component
public class DetailPages {

    /** Workspace → the detail template and the public path prefix of its items. */
    private static final Map<String, String> TEMPLATES = Map.of(
            SiteCatalog.ARTICLES, "site/article",
            SiteCatalog.ISSUES, "site/issue",
            SiteCatalog.SEEDS, "site/seed",
            SiteCatalog.TALENTS, "site/talent",
            SiteCatalog.MEMBERS, "site/member",
            SiteCatalog.EVENTS, "site/event",
            SiteCatalog.PAGES, "site/page");

    private final SiteCatalog catalog;
    private final SiteImages images;
    private final ObjectProvider<ProposalCalls> calls;
    private final ObjectProvider<EventApplications> applications;
    private final ObjectProvider<PageSectionProvider> sections;

    DetailPages(SiteCatalog catalog, SiteImages images, ObjectProvider<ProposalCalls> calls,
                ObjectProvider<EventApplications> applications, ObjectProvider<PageSectionProvider> sections) {
        this.catalog = catalog;
        this.images = images;
        this.calls = calls;
        this.applications = applications;
        this.sections = sections;
    }

    public boolean hasPage(String workspace) {
        return TEMPLATES.containsKey(workspace);
    }

    /** The public path of an item's page, e.g. /articles/foo. */
    public static String path(String workspace, String name) {
        return "/" + workspace + "/" + name;
    }

    /** @return the template to render */
    public String prepare(ContentView item, Model model, boolean preview) {
        String template = TEMPLATES.get(item.workspace());
        if (template == null) {
            throw new IllegalArgumentException("no public page for workspace " + item.workspace());
        }
        model.addAttribute("item", item);
        String description = firstNonNull(item.text("lead"), item.text("summary"), item.text("body"));
        MainImage image = images.main(item);
        model.addAttribute("mainImage", image);
        PageMeta meta = PageMeta.article(item.title(), path(item.workspace(), item.name()), description).withImage(image);
        model.addAttribute("pageMeta", preview ? meta.asPreview() : meta);
        model.addAttribute("pageSections", preview ? List.of()
                : sections.orderedStream().flatMap(provider -> provider.sections(item).stream()).toList());
        switch (item.workspace()) {
            case SiteCatalog.ISSUES -> {
                model.addAttribute("municipalityName", catalog.titleOf(SiteCatalog.MUNICIPALITIES, item.text("municipality")));
                // The page's 募集中 alone does not invite proposals: the case must be open for them.
                ProposalCalls open = calls.getIfAvailable();
                model.addAttribute("acceptsProposals", !preview && open != null && open.acceptsProposals(item.name()));
            }
            case SiteCatalog.SEEDS -> model.addAttribute("memberName",
                    catalog.titleOf(SiteCatalog.MEMBERS, item.text("member")));
            case SiteCatalog.TALENTS -> {
                model.addAttribute("memberName", catalog.titleOf(SiteCatalog.MEMBERS, item.text("member")));
                model.addAttribute("availabilityLabel", item.label("availability"));
            }
            case SiteCatalog.MEMBERS -> model.addAttribute("memberSeeds", seedsOf(item.name()));
            case SiteCatalog.EVENTS -> {
                // The event's own form when the workflow offers one; the preview never invites.
                EventApplications events = applications.getIfAvailable();
                model.addAttribute("hasApplicationForms", events != null);
                model.addAttribute("invitation", preview || events == null ? null
                        : events.invitation(item.name()).orElse(null));
            }
            default -> {
            }
        }
        return template;
    }

    private List<ContentView> seedsOf(String member) {
        return catalog.byTitle(SiteCatalog.SEEDS).stream().filter(seed -> member.equals(seed.text("member"))).toList();
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
