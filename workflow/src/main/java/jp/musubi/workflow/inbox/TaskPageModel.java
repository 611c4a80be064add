package jp.musubi.workflow.inbox;

import static jp.musubi.workflow.inbox.InboxTexts.TEXTS;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;
import jp.musubi.workflow.task.TaskPermissions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the task page shows, put into the model. */
@Component
class TaskPageModel {

    private final TaskPermissions permissions;
    private final TaskActions actions;
    private final TaskForms forms;
    private final CaseContexts contexts;
    private final CaseTimeline timeline;
    private final ProcessNames processNames;
    private final TaskViews views;
    private final JapaneseBusinessCalendar calendar;
    private final MessageSource messages;
    private final List<TaskPanel> panels;

    TaskPageModel(TaskPermissions permissions, TaskActions actions, TaskForms forms, CaseContexts contexts, CaseTimeline timeline,
                  ProcessNames processNames, TaskViews views, JapaneseBusinessCalendar calendar,
                  MessageSource messages, List<TaskPanel> panels) {
        this.messages = messages;
        this.panels = List.copyOf(panels);
        this.permissions = permissions;
        this.actions = actions;
        this.forms = forms;
        this.contexts = contexts;
        this.timeline = timeline;
        this.processNames = processNames;
        this.views = views;
        this.calendar = calendar;
    }

    void fill(Model model, TaskView task, InboxUser user, Map<String, String> values, Map<String, String> errors,
              String comment, String commentError) {
        String processInstanceId = task.processInstanceId();
        String processKey = task.processKey();
        Map<String, Object> variables = views.variables(task);
        CaseContext context = contexts.resolve(processKey, processInstanceId, task.businessKey(),
                variables);
        TaskForm form = forms.find(task.formKey()).orElse(null);
        List<FormField> formFields = form == null ? List.of() : form.fieldsFor(variables);
        if (values == null) {
            // First opening: what the form starts with (e.g. a draft returned for changes); null means nothing typed yet.
            values = form == null ? Map.of() : form.prefill().apply(variables);
        }
        Map<String, String> shown = values;
        boolean mine = user.username().equals(task.assignee());
        boolean unassigned = task.assignee() == null;
        Set<String> groups = permissions.candidateGroups(task.id());
        boolean canReassign = !groups.isEmpty() && user.roles().stream().anyMatch(TaskActions.REASSIGNING_ROLES::contains);

        model.addAttribute("task", task);
        model.addAttribute("processName", processNames.name(processKey));
        model.addAttribute("created", JapaneseTimes.dateTimeWithWeekday(task.created()));
        model.addAttribute("due", task.due() == null ? null : JapaneseTimes.dateWithWeekday(calendar.dateAt(task.due())));
        model.addAttribute("dueNote", dueNote(task));
        model.addAttribute("overdue", task.due() != null && task.due().isBefore(java.time.Instant.now()));
        model.addAttribute("assigneeName", task.assignee() == null ? null : actions.displayName(task.assignee()));
        model.addAttribute("mine", mine);
        model.addAttribute("canClaim", unassigned);
        model.addAttribute("canUnclaim", mine && !groups.isEmpty());
        model.addAttribute("canReassign", canReassign);
        model.addAttribute("assignees", canReassign ? actions.possibleAssignees(task.id()) : List.of());
        model.addAttribute("caseContext", context);
        model.addAttribute("reviewPath", contexts.showsReview(processKey, task.definitionKey())
                ? context.reviewPath() : null);
        model.addAttribute("form", form);
        model.addAttribute("fields", form == null ? List.<FieldView>of()
                : formFields.stream().map(f -> FieldView.of(form.formKey(), f, shown, errors, messages)).toList());
        model.addAttribute("canComplete", form != null && (mine || unassigned));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("generalErrors", errors.entrySet().stream().filter(e -> e.getKey().isEmpty())
                .map(Map.Entry::getValue).toList());
        model.addAttribute("fieldErrors", formFields.stream()
                .filter(f -> errors.containsKey(f.name())).map(f -> new FieldError(f.id(), errors.get(f.name()))).toList());
        model.addAttribute("panels", panels.stream()
                .flatMap(panel -> panel.panel(processKey, task.definitionKey(), variables).stream()).toList());
        model.addAttribute("steps", timeline.completedSteps(processInstanceId));
        model.addAttribute("history", timeline.timeline(processInstanceId));
        model.addAttribute("comments", timeline.taskComments(task.id()));
        model.addAttribute("comment", comment);
        model.addAttribute("commentError", commentError);
        DiagramMarkers markers = timeline.markers(processInstanceId);
        model.addAttribute("diagramCurrent", String.join(" ", markers.current()));
        model.addAttribute("diagramCompleted", String.join(" ", markers.completed()));
    }

    private String dueNote(TaskView task) {
        if (task.due() == null) {
            return null;
        }
        java.time.Instant due = task.due();
        java.time.Instant now = java.time.Instant.now();
        int left = calendar.businessDaysBetween(calendar.dateAt(now), calendar.dateAt(due));
        if (due.isBefore(now)) {
            return left < 0 ? TEXTS.get("inbox.java.due.overdueBy", -left) : TEXTS.get("inbox.java.due.overdue");
        }
        return left == 0 ? TEXTS.get("inbox.java.due.today") : TEXTS.get("inbox.java.due.left", left);
    }

    /** An error of the summary at the top of the form, linked to its field. */
    record FieldError(String fieldId, String message) {
    }
}
