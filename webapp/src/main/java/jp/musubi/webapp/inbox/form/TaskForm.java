package jp.musubi.webapp.inbox.form;

import java.util.List;

/** The form of one form key: its fields, and how a filled-in form completes the task through its service. */
public record TaskForm(String formKey, List<FormField> fields, Submitter submitter) {

    public TaskForm {
        fields = List.copyOf(fields);
    }

    /** Reads the input (adding parse errors to it) and calls the workflow service that completes the step. */
    @FunctionalInterface
    public interface Submitter {
        void submit(FormInput input);
    }
}
