package jp.musubi.cms.site;

import jp.musubi.cms.content.ContentException;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentRevision;
import jp.musubi.cms.content.ContentService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's preview: any revision (published or not) rendered by the public detail template of
 * its type through {@link DetailPages}, exactly as the site will show it, with the 「プレビュー（未公開）」
 * banner and noindex. Access (EDITOR, SECRETARIAT, PREF_STAFF) is set in the webapp's security rules.
 */
@Controller
class PreviewController {

    private final ContentService content;
    private final ContentViews views;
    private final DetailPages details;

    PreviewController(ContentService content, ContentViews views, DetailPages details) {
        this.content = content;
        this.views = views;
        this.details = details;
    }

    @GetMapping("/editor/preview/{workspace}/{name}")
    String preview(@PathVariable String workspace, @PathVariable String name,
                   @RequestParam(required = false) Integer revision, Model model) {
        if (!details.hasPage(workspace)) {
            throw NotFound.page();
        }
        try {
            ContentItem item = content.get(workspace, name);
            int shown = revision == null ? item.revision() : revision;
            ContentRevision stored = content.revision(workspace, name, shown);
            ContentView view = views.of(workspace, name, stored.properties(), stored.created().at(),
                    item.created() == null ? null : item.created().at());
            model.addAttribute("previewRevision", shown);
            return details.prepare(view, model, true);
        } catch (ContentException e) {
            throw NotFound.page();
        }
    }
}
