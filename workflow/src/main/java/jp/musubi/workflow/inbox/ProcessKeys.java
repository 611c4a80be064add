package jp.musubi.workflow.inbox;

/** Flowable's process definition ids are {@code key:version:id}. */
final class ProcessKeys {

    private ProcessKeys() {
    }

    static String of(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }
}
