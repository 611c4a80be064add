package jp.musubi.cms.editor;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.cms.content.ContentConflictException;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.ContentValidationException;
import jp.musubi.cms.content.RevisionSummary;
import jp.musubi.cms.revision.RevisionDiff;
import jp.musubi.contenttypes.definition.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 変更履歴: who saved what when, the difference between any two revisions, and restoring an old one. */
@Controller
class EditorHistoryController {

    private final ContentService content;
    private final RevisionDiff diff;
    private final EditorMessages messages;

    EditorHistoryController(ContentService content, RevisionDiff diff, EditorMessages messages) {
        this.content = content;
        this.diff = diff;
        this.messages = messages;
    }

    @GetMapping("/editor/{workspace}/{name}/history")
    String history(@PathVariable String workspace, @PathVariable String name, Model model) {
        ContentItem item = content.get(workspace, name);
        List<RevisionSummary> revisions = content.revisions(workspace, name);
        model.addAttribute("type", content.type(workspace));
        model.addAttribute("item", item);
        model.addAttribute("revisions", revisions);
        return "editor/history";
    }

    @GetMapping("/editor/{workspace}/{name}/diff")
    String compare(@PathVariable String workspace, @PathVariable String name, @RequestParam int from,
                   @RequestParam int to, Model model) {
        ContentItem item = content.get(workspace, name);
        model.addAttribute("type", content.type(workspace));
        model.addAttribute("item", item);
        model.addAttribute("comparison", diff.between(workspace, name, from, to));
        return "editor/diff";
    }

    /** Restores as a new revision; the version the editor saw guards against restoring over a newer save. */
    @PostMapping("/editor/{workspace}/{name}/restore")
    String restore(@PathVariable String workspace, @PathVariable String name, @RequestParam int revision,
                   @RequestParam long version, Authentication user, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            ContentItem item = content.restore(workspace, name, revision, version, null, user.getName());
            redirect.addFlashAttribute("infoMessage", messages.get("editor.restored", revision, item.revision()));
            return "redirect:/editor/" + workspace + "/" + name;
        } catch (ContentConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("errorMessage", messages.get("editor.restoreStale"));
        } catch (ContentValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errorMessage", messages.get("editor.restoreInvalid", revision,
                    String.join(" ", e.violations().stream().map(Violation::message).toList())));
        }
        return history(workspace, name, model);
    }
}
