package jp.musubi.workflow.issuecase;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.inbox.TaskForm;
import jp.musubi.workflow.inbox.TaskGoneException;

/**
 * The refusals of the issue case's services, as the inbox expects them from a task form: a refused step
 * stays an {@link InputRefused} with its fields named as the form names them, a case that moved on becomes a
 * {@link TaskGoneException}. Every task form of this feature is wrapped in it, so the inbox needs to know
 * none of this feature's exception types.
 */
final class IssueCaseRefusals {

    private static final String SCORES = "scores.";

    private IssueCaseRefusals() {
    }

    static TaskForm guarded(TaskForm form) {
        return new TaskForm(form.formKey(), form.fields(), guarded(form.submitter()), form.itemFields(), form.prefill());
    }

    static TaskForm.Submitter guarded(TaskForm.Submitter submitter) {
        return in -> {
            try {
                submitter.submit(in);
            } catch (InputRefused e) {
                Map<String, String> errors = new LinkedHashMap<>();
                e.errors().forEach((field, message) -> errors.put(formField(field), message));
                throw new InputRefused(errors);
            } catch (CaseStateException e) {
                throw new TaskGoneException();
            }
        };
    }

    /** The service's field name as the form knows it: {@code scores.feasibility} → {@code feasibility}. */
    private static String formField(String serviceField) {
        return serviceField.startsWith(SCORES) ? serviceField.substring(SCORES.length()) : serviceField;
    }
}
