package jp.musubi.workflow.inbox;

import java.util.Map;
import java.util.Optional;

/**
 * A part of a task page that another feature contributes beside the task's form (features contribute, the inbox
 * collects): e.g. the meetings of the case with 「打合せを設定する」 on the hearing steps. The page loads the
 * panel's HTML fragment from {@link Link#path()} and links to it for use without script.
 */
public interface TaskPanel {

    /**
     * @param variables the process instance's variables
     * @return the panel for this task, or empty when the feature has none for it
     */
    Optional<Link> panel(String processKey, String taskDefinitionKey, Map<String, Object> variables);

    /** @param heading the section's heading; @param path an application path answering an HTML fragment */
    record Link(String heading, String path) {
    }
}
