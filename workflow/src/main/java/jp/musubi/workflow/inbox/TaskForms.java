package jp.musubi.workflow.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The inbox's registry of task forms: every {@link TaskForm} bean the features contribute, by form key
 * (the {@code flowable:formKey} of the BPMN user tasks). Nothing here lists a feature's forms: the
 * feature that owns a process contributes its forms next to the services they call.
 */
@Component
public class TaskForms {

    private final Map<String, TaskForm> forms = new LinkedHashMap<>();

    TaskForms(List<TaskForm> contributed) {
        for (TaskForm form : contributed) {
            if (forms.putIfAbsent(form.formKey(), form) != null) {
                // Two forms for one key would make the inbox pick one silently.
                throw new IllegalStateException("Two task forms are contributed for formKey \"" + form.formKey() + "\"");
            }
        }
    }

    /** Empty for a form key without an inbox form (its step is done on its own screen). */
    public Optional<TaskForm> find(String formKey) {
        return Optional.ofNullable(formKey == null ? null : forms.get(formKey));
    }

    /** Every form key with a form, sorted (what the modeler offers for {@code flowable:formKey}). */
    public List<String> formKeys() {
        return forms.keySet().stream().sorted().toList();
    }
}
