package jp.musubi.workflow.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.musubi.cms.content.ContentValidationException;
import jp.musubi.cms.input.InputRefused;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RuntimeService;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a task from its form: the summary of the decision (kept in the case history) and the
 * step's service run in one transaction, so a refused form or a task completed meanwhile by someone
 * else leaves everything as it was.
 */
@Component
public class TaskCompletion {

    private final TaskForms forms;
    private final TaskActions actions;
    private final RuntimeService runtime;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    TaskCompletion(TaskForms forms, TaskActions actions, RuntimeService runtime, MessageSource messages,
                   TransactionTemplate transaction) {
        this.forms = forms;
        this.actions = actions;
        this.runtime = runtime;
        this.messages = messages;
        this.transaction = transaction;
    }

    /** The result of a submitted form. */
    public sealed interface Result {
    }

    public record Completed() implements Result {
    }

    /** Field → message; key {@code ""} for messages about the form as a whole. */
    public record Refused(Map<String, String> errors) implements Result {
    }

    /** The task was completed by someone else, or the case moved on, meanwhile. */
    public record Gone() implements Result {
    }

    public Result complete(TaskView task, TaskForm form, Map<String, String> values, InboxUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<FormField> fields;
        try {
            fields = form.fieldsFor(runtime.getVariables(task.processInstanceId()));
        } catch (FlowableObjectNotFoundException e) {
            return new Gone();
        }
        try {
            transaction.executeWithoutResult(status -> {
                actions.recordOutcome(task.id(), summary(form.formKey(), fields, values), user.username());
                Map<String, Object> variables = runtime.getVariables(task.processInstanceId());
                form.submitter().submit(new FormInput(task, variables, values, user.username(), messages));
            });
            return new Completed();
        } catch (InputRefused e) {
            if (e.errors().containsKey("task")) {
                return new Gone(); // the service found the task no longer open
            }
            // Named by the service's field names; a feature's form renames them where its fields differ.
            e.errors().forEach((field, message) -> errors.put(field(fields, field), message));
        } catch (ContentValidationException e) {
            // The CMS's own checks, which any step that writes content (an issue page, a member profile) may meet.
            e.violations().forEach(v -> errors.putIfAbsent(field(fields, v.property()), v.message()));
        } catch (TaskGoneException | FlowableObjectNotFoundException | FlowableOptimisticLockingException
                 | ConcurrencyFailureException e) {
            return new Gone();
        }
        return new Refused(errors);
    }

    /** The field the error belongs to if the form has one of that name; else the form as a whole ({@code ""}). */
    private static String field(List<FormField> fields, String name) {
        return fields.stream().anyMatch(f -> f.name().equals(name)) ? name : "";
    }

    /** What the user decided, in words, for the case history: 「方向性：明確になった／論点：…」. */
    String summary(String formKey, List<FormField> fields, Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        for (FormField field : fields) {
            String value = values.get(field.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            String shown = switch (field.type()) {
                case CHOICE, CHECK, SELECT, SCORE -> field.options().contains(value) ? field.optionLabel(messages, value) : null;
                default -> value.strip();
            };
            if (shown == null) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(field.label(messages, formKey)).append('：').append(shown);
        }
        return text.toString();
    }


}
