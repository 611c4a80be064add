package jp.musubi.cms.editor;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.revision.RevisionDiff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The approver's view of a publication request, loaded by the inbox's task page with htmx: what the
 * site would show differently, the submitted (latest) revision against the published one.
 */
@Controller
class EditorReviewController {

    private final ContentService content;
    private final RevisionDiff diff;

    EditorReviewController(ContentService content, RevisionDiff diff) {
        this.content = content;
        this.diff = diff;
    }

    @GetMapping("/editor/review/{workspace}/{name}")
    String review(@PathVariable String workspace, @PathVariable String name,
                  @RequestParam(required = false) Integer rejected, Model model) {
        ContentItem item = content.get(workspace, name);
        // A resubmission after a rejection: also what changed since the rejected revision.
        if (rejected != null && rejected >= 1 && rejected < item.revision()) {
            model.addAttribute("rejectedRevision", rejected);
            model.addAttribute("sinceRejection", diff.between(workspace, name, rejected, item.revision()));
        }
        model.addAttribute("type", content.type(workspace));
        model.addAttribute("item", item);
        model.addAttribute("comparison", diff.latestAgainstPublished(workspace, name));
        return "editor/review :: review";
    }
}
