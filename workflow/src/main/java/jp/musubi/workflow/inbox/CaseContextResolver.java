package jp.musubi.workflow.inbox;

import java.util.Map;

/** Describes the cases of one process for the inbox; one bean per process definition key. */
public interface CaseContextResolver {

    String processKey();

    /**
     * @param variables the process instance's variables (the case ids the starters put there)
     * @return the case, or null if its data cannot be found (the inbox then shows the process name)
     */
    CaseContext resolve(String processInstanceId, String businessKey, Map<String, Object> variables);

    /**
     * Whether a task of this process shows the case's {@link CaseContext#reviewPath() review fragment}; the
     * resolver decides, so the inbox need not know which step of which process reviews something.
     */
    default boolean showsReview(String taskDefinitionKey) {
        return true;
    }

    /**
     * Whether this process's case summary shows personal data (names, mail, phone): each view of
     * one of its task pages is then written to the audit log.
     */
    default boolean showsPersonalData() {
        return false;
    }

    /**
     * Whether the feature mails a new task of this step to its holder itself; the inbox then sends no
     * second "new task" mail.
     */
    default boolean mailsTaskItself(String taskDefinitionKey) {
        return false;
    }

    static String text(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }

    static Long number(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        return value instanceof Number n ? n.longValue() : null;
    }
}
