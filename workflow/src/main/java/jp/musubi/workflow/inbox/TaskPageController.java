package jp.musubi.workflow.inbox;

import static jp.musubi.workflow.inbox.InboxTexts.TEXTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.audit.AuditAction;
import jp.musubi.cms.audit.AuditLog;
import jp.musubi.cms.site.SiteLayoutAdvice;
import jp.musubi.workflow.account.AccountUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** One task: its case, form, comments, history and diagram; and the actions on it. */
@Controller
class TaskPageController {

    private final TaskViews views;
    private final TaskActions actions;
    private final TaskForms forms;
    private final TaskCompletion completion;
    private final TaskPageModel pages;
    private final SiteLayoutAdvice layout;
    private final CaseContexts contexts;
    private final AuditLog audit;

    TaskPageController(TaskViews views, TaskActions actions, TaskForms forms, TaskCompletion completion,
                       TaskPageModel pages, SiteLayoutAdvice layout, CaseContexts contexts, AuditLog audit) {
        this.contexts = contexts;
        this.audit = audit;
        this.layout = layout;
        this.views = views;
        this.actions = actions;
        this.forms = forms;
        this.completion = completion;
        this.pages = pages;
    }

    @GetMapping("/inbox/tasks/{id}")
    String show(@AuthenticationPrincipal AccountUser user, @PathVariable String id, Model model) {
        InboxUser inboxUser = InboxController.inboxUser(user);
        TaskView task = views.open(id, inboxUser);
        pages.fill(model, task, inboxUser, null, Map.of(), null, null);
        if (contexts.showsPersonalData(task.processKey())) {
            audit.record(inboxUser.username(), AuditAction.PERSONAL_DATA_VIEW, "task:" + id,
                    TEXTS.get("inbox.audit.taskViewed", task.name(), task.processKey()));
        }
        return "inbox/task";
    }

    @PostMapping("/inbox/tasks/{id}")
    String complete(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
                    @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        InboxUser inboxUser = InboxController.inboxUser(user);
        TaskView task = views.open(id, inboxUser);
        TaskForm taskForm = forms.find(task.formKey()).orElse(null);
        if (taskForm == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            pages.fill(model, task, inboxUser, Map.of(), Map.of("", TEXTS.get("inbox.java.task.ownScreen")), null, null);
            return "inbox/task";
        }
        Map<String, String> values = new LinkedHashMap<>();
        taskForm.fieldsFor(views.variables(task)).forEach(field -> {
            List<String> given = form.get(field.name());
            if (given != null && !given.isEmpty()) {
                values.put(field.name(), given.get(0));
            }
        });
        if (task.assignee() != null && !task.assignee().equals(inboxUser.username())) {
            response.setStatus(HttpStatus.CONFLICT.value());
            pages.fill(model, task, inboxUser, values, Map.of("", TEXTS.get("inbox.java.task.heldByOther")), null, null);
            return "inbox/task";
        }
        TaskCompletion.Result result = completion.complete(task, taskForm, values, inboxUser);
        if (result instanceof TaskCompletion.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            pages.fill(model, task, inboxUser, values, refused.errors(), null, null);
            return "inbox/task";
        }
        if (result instanceof TaskCompletion.Gone) {
            throw new TaskGoneException();
        }
        redirect.addFlashAttribute("infoMessage", TEXTS.get("inbox.java.task.completed", task.name()));
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/tasks/{id}/claim")
    String claim(@AuthenticationPrincipal AccountUser user, @PathVariable String id, RedirectAttributes redirect) {
        return act(redirect, id, () -> actions.claim(id, InboxController.inboxUser(user)), TEXTS.get("inbox.java.task.claimed"));
    }

    @PostMapping("/inbox/tasks/{id}/unclaim")
    String unclaim(@AuthenticationPrincipal AccountUser user, @PathVariable String id, RedirectAttributes redirect) {
        return act(redirect, id, () -> actions.unclaim(id, InboxController.inboxUser(user)), TEXTS.get("inbox.java.task.unclaimed"));
    }

    @PostMapping("/inbox/tasks/{id}/reassign")
    String reassign(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
                    @RequestParam(required = false) String assignee, RedirectAttributes redirect) {
        return act(redirect, id, () -> actions.reassign(id, assignee, InboxController.inboxUser(user)), TEXTS.get("inbox.java.task.reassigned"));
    }

    @PostMapping("/inbox/tasks/{id}/comments")
    String comment(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
                   @RequestParam(required = false) String comment, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        InboxUser inboxUser = InboxController.inboxUser(user);
        try {
            actions.comment(id, comment, inboxUser);
        } catch (TaskGoneException e) {
            throw e;
        } catch (InboxException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            pages.fill(model, views.open(id, inboxUser), inboxUser, null, Map.of(), comment, e.getMessage());
            return "inbox/task";
        }
        redirect.addFlashAttribute("infoMessage", TEXTS.get("inbox.java.task.commented"));
        return "redirect:/inbox/tasks/" + id + "#comments";
    }

    /** The deployed BPMN XML of the task's process, for the diagram viewer. */
    @GetMapping(value = "/inbox/tasks/{id}/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> diagram(@AuthenticationPrincipal AccountUser user, @PathVariable String id) {
        TaskView task = views.open(id, InboxController.inboxUser(user));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(views.diagram(task));
    }

    private String act(RedirectAttributes redirect, String id, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("infoMessage", done);
        } catch (TaskGoneException e) {
            throw e;
        } catch (InboxException e) {
            redirect.addFlashAttribute("errorMessage", e.getMessage());
        }
        return "redirect:/inbox/tasks/" + id;
    }

    @ExceptionHandler(TaskNotVisibleException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notVisible(HttpServletRequest request, Model model) {
        layout(request, model);
        return "inbox/forbidden";
    }

    /** Completed meanwhile (by someone else): 404 when opened, 409 when acted on; nothing was applied. */
    @ExceptionHandler(TaskGoneException.class)
    String gone(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus("GET".equals(request.getMethod()) ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
        layout(request, model);
        return "inbox/gone";
    }

    /** Exception handlers do not get the layout's model attributes from the advice; they are added here. */
    private void layout(HttpServletRequest request, Model model) {
        model.addAttribute("site", layout.site());
        model.addAttribute("currentPath", layout.currentPath(request));
        model.addAttribute("navigation", layout.navigation());
    }
}
