package jp.musubi.cms.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.cms.content.ContentConflictException;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.ContentStateException;
import jp.musubi.cms.content.ContentTooLargeException;
import jp.musubi.cms.content.ContentValidationException;
import jp.musubi.cms.publication.PublicationReview;
import jp.musubi.cms.publication.PublicationReviews;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.ContentValidator;
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

/**
 * Writing an item: the form generated from its content type, saving (every save a revision, a
 * stale save shows both versions), and asking for publication or unpublication (four-eyes).
 */
@Controller
class EditorItemController {

    private final ContentService content;
    private final PublicationService publication;
    private final PublicationReviews reviews;
    private final EditorFields fields;
    private final FormInput input;
    private final ContentValidator validator;
    private final EditorDates dates;
    private final EditorMessages messages;

    EditorItemController(ContentService content, PublicationService publication,
                         PublicationReviews reviews, EditorFields fields, FormInput input,
                         ContentValidator validator, EditorDates dates, EditorMessages messages) {
        this.content = content;
        this.publication = publication;
        this.reviews = reviews;
        this.fields = fields;
        this.input = input;
        this.validator = validator;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/editor/new/{workspace}")
    String newItem(@PathVariable String workspace, Model model) {
        ContentTypeDefinition type = content.type(workspace);
        model.addAttribute("fields", fields.fields(type, Map.of(), Map.of()));
        return form(model, type, null, "", Map.of(), "");
    }

    @PostMapping("/editor/new/{workspace}")
    String create(@PathVariable String workspace, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String comment, HttpServletRequest request,
                  HttpServletResponse response, Authentication user, Model model, RedirectAttributes redirect) {
        ContentTypeDefinition type = content.type(workspace);
        FormInput.Read read = input.read(type, request, Map.of(), user.getName());
        String itemName = name.strip();
        try {
            refuseIfInvalid(type, read);
            ContentItem item = content.create(workspace, itemName, read.values(), comment, user.getName());
            redirect.addFlashAttribute("infoMessage", messages.get("editor.created", item.revision()));
            return "redirect:/editor/" + workspace + "/" + item.name();
        } catch (ContentValidationException e) {
            return invalid(model, response, type, null, itemName, read, e.violations(), comment);
        } catch (ContentTooLargeException e) {
            return invalid(model, response, type, null, itemName, read,
                    List.of(new Violation("comment", e.getMessage())), comment);
        }
    }

    @GetMapping("/editor/{workspace}/{name}")
    String edit(@PathVariable String workspace, @PathVariable String name, Model model) {
        ContentTypeDefinition type = content.type(workspace);
        ContentItem item = content.get(workspace, name);
        model.addAttribute("fields", fields.fields(type, item.properties(), Map.of()));
        return form(model, type, item, name, Map.of(), "");
    }

    @PostMapping("/editor/{workspace}/{name}")
    String save(@PathVariable String workspace, @PathVariable String name, @RequestParam long version,
                @RequestParam(defaultValue = "") String comment, HttpServletRequest request,
                HttpServletResponse response, Authentication user, Model model, RedirectAttributes redirect) {
        ContentTypeDefinition type = content.type(workspace);
        ContentItem stored = content.get(workspace, name);
        FormInput.Read read = input.read(type, request, stored.properties(), user.getName());
        try {
            refuseIfInvalid(type, read);
            ContentItem item = content.update(workspace, name, version, read.values(), comment, user.getName());
            redirect.addFlashAttribute("infoMessage", messages.get("editor.saved", item.revision()));
            return "redirect:/editor/" + workspace + "/" + name;
        } catch (ContentValidationException e) {
            model.addAttribute("version", version);
            return invalid(model, response, type, stored, name, read, e.violations(), comment);
        } catch (ContentTooLargeException e) {
            model.addAttribute("version", version);
            return invalid(model, response, type, stored, name, read,
                    List.of(new Violation("comment", e.getMessage())), comment);
        } catch (ContentConflictException e) {
            ContentItem current = e.current();
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", current);
            model.addAttribute("conflictRows", conflictRows(type, current.properties(), read.values()));
            model.addAttribute("conflictSaved", dates.format(current.lastModified().at()));
            model.addAttribute("fields", fields.fields(type, read.values(), Map.of()));
            // The next save is a deliberate overwrite of the version now shown side by side.
            model.addAttribute("version", current.version());
            return form(model, type, current, name, Map.of(), comment);
        }
    }

    /** 公開申請: the current revision goes to PREF_STAFF for approval. */
    @PostMapping("/editor/{workspace}/{name}/submit")
    String submit(@PathVariable String workspace, @PathVariable String name,
                  @RequestParam(defaultValue = "") String submitComment,
                  @RequestParam(defaultValue = "") String publishAt, HttpServletResponse response,
                  Authentication user, Model model, RedirectAttributes redirect) {
        return request(workspace, name, submitComment, publishAt, false, response, user, model, redirect);
    }

    /** 公開停止の申請: taking an item off the site needs the same approval. */
    @PostMapping("/editor/{workspace}/{name}/unpublish")
    String unpublish(@PathVariable String workspace, @PathVariable String name,
                     @RequestParam(defaultValue = "") String unpublishComment, HttpServletResponse response,
                     Authentication user, Model model, RedirectAttributes redirect) {
        return request(workspace, name, unpublishComment, "", true, response, user, model, redirect);
    }

    /** 予約を取り消す: the planned publication is dropped; the item stays as it is on the site. */
    @PostMapping("/editor/{workspace}/{name}/cancel-schedule")
    String cancelSchedule(@PathVariable String workspace, @PathVariable String name, HttpServletResponse response,
                          Authentication user, Model model, RedirectAttributes redirect) {
        ContentTypeDefinition type = content.type(workspace);
        try {
            publication.cancelSchedule(workspace, name, user.getName());
            redirect.addFlashAttribute("infoMessage", messages.get("editor.scheduleCancelled"));
            return "redirect:/editor/" + workspace + "/" + name;
        } catch (ContentStateException e) {
            ContentItem item = content.get(workspace, name);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("scheduleError", e.getMessage());
            model.addAttribute("fields", fields.fields(type, item.properties(), Map.of()));
            return form(model, type, item, name, Map.of(), "");
        }
    }

    private String request(String workspace, String name, String comment, String publishAtText, boolean unpublish,
                           HttpServletResponse response, Authentication user, Model model,
                           RedirectAttributes redirect) {
        ContentTypeDefinition type = content.type(workspace);
        ContentItem item = content.get(workspace, name);
        String problem;
        try {
            Instant publishAt = EditorDates.parseLocal(publishAtText, messages.get("editor.publishAtFormat"));
            publication.submit(workspace, name, comment, publishAt, unpublish, user.getName());
            redirect.addFlashAttribute("infoMessage", messages.get(unpublish
                    ? "editor.unpublishSubmitted" : "editor.submitted"));
            return "redirect:/editor/" + workspace + "/" + name;
        } catch (ContentValidationException e) {
            problem = String.join(" ", e.violations().stream().map(Violation::message).toList());
        } catch (ContentStateException | IllegalArgumentException e) {
            problem = e.getMessage();
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute(unpublish ? "unpublishError" : "submitError", problem);
        model.addAttribute(unpublish ? "unpublishComment" : "submitComment", comment);
        model.addAttribute("publishAt", publishAtText);
        model.addAttribute("fields", fields.fields(type, item.properties(), Map.of()));
        return form(model, type, item, name, Map.of(), "");
    }

    /** Form-level problems first; then the content type's own checks, so the summary lists everything at once. */
    private void refuseIfInvalid(ContentTypeDefinition type, FormInput.Read read) {
        if (read.violations().isEmpty()) {
            return;
        }
        List<Violation> all = new ArrayList<>(read.violations());
        validator.validate(type, read.values()).violations().stream()
                .filter(v -> all.stream().noneMatch(known -> known.property().equals(v.property())))
                .forEach(all::add);
        throw new ContentValidationException(all);
    }

    private String invalid(Model model, HttpServletResponse response, ContentTypeDefinition type, ContentItem item,
                           String name, FormInput.Read read, List<Violation> violations, String comment) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        Map<String, String> errors = EditorFields.errors(violations);
        model.addAttribute("fields", fields.fields(type, read.values(), errors));
        return form(model, type, item, name, errors, comment);
    }

    private String form(Model model, ContentTypeDefinition type, ContentItem item, String name,
                        Map<String, String> errors, String comment) {
        model.addAttribute("type", type);
        model.addAttribute("workspace", type.workspace());
        model.addAttribute("item", item);
        model.addAttribute("name", name);
        model.addAttribute("errors", ErrorLink.of(errors));
        model.addAttribute("nameError", errors.get("name"));
        model.addAttribute("commentError", errors.get("comment"));
        model.addAttribute("comment", comment);
        if (!model.containsAttribute("version") && item != null) {
            model.addAttribute("version", item.version());
        }
        if (item != null) {
            model.addAttribute("badge", PublicationBadge.of(item.status(), item.approvalPending()));
            model.addAttribute("lastModified", dates.format(item.lastModified().at()));
            model.addAttribute("rejection", rejection(item));
            model.addAttribute("scheduledAt", item.scheduled() == null ? null : dates.format(item.scheduled().at()));
        }
        return "editor/form";
    }

    /** The latest decision, when it sent the item back: the editor needs the approver's comment. */
    private PublicationReview rejection(ContentItem item) {
        if (item.approvalPending()) {
            return null;
        }
        return reviews.latest(item.workspace(), item.name()).filter(PublicationReview::rejected).orElse(null);
    }

    private List<ConflictRow> conflictRows(ContentTypeDefinition type, Map<String, Object> stored,
                                           Map<String, Object> yours) {
        return type.properties().stream()
                .map(property -> {
                    Widget widget = EditorFields.widget(property);
                    return new ConflictRow(property.label(), EditorFields.display(widget, stored.get(property.name())),
                            EditorFields.display(widget, yours.get(property.name())));
                })
                .filter(row -> !row.stored().strip().equals(row.yours().strip()))
                .toList();
    }
}
