package jp.musubi.workflow.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The form of one form key: its fields, and how a filled-in form completes the task through its service.
 * The inbox's contract with the features: the feature that owns a process contributes each of its forms
 * as a bean, and {@link TaskForms} collects them. A submitter reads the input, calls the step's service
 * (which validates again, writes the case and completes the task). A refusal is an
 * {@link jp.musubi.cms.input.InputRefused} (field names as the form's fields name them; a feature renames
 * its service's where they differ); a case that moved on meanwhile is a {@link TaskGoneException}.
 *
 * @param itemFields fields that depend on the case (one per proposal), from the process variables; added after {@code fields}
 * @param prefill    what the form shows before anything is typed (e.g. a returned draft), from the process variables
 */
public record TaskForm(String formKey, List<FormField> fields, Submitter submitter,
                       Function<Map<String, Object>, List<FormField>> itemFields,
                       Function<Map<String, Object>, Map<String, String>> prefill) {

    public TaskForm {
        fields = List.copyOf(fields);
        itemFields = itemFields == null ? variables -> List.of() : itemFields;
        prefill = prefill == null ? variables -> Map.of() : prefill;
    }

    public TaskForm(String formKey, List<FormField> fields, Submitter submitter) {
        this(formKey, fields, submitter, null, null);
    }

    /** The case's item fields first (they are the decision), then the fixed ones. */
    public List<FormField> fieldsFor(Map<String, Object> variables) {
        List<FormField> all = new ArrayList<>(itemFields.apply(variables));
        all.addAll(fields);
        return all;
    }

    /** Reads the input (adding parse errors to it) and calls the workflow service that completes the step. */
    @FunctionalInterface
    public interface Submitter {
        void submit(FormInput input);
    }
}
