package jp.musubi.workflow.modeler;

import java.util.List;

/**
 * What a new version changes against the running one, element by element (by BPMN id).
 */
public record DiagramDiff(List<ElementChange> added, List<ElementChange> removed, List<ElementChange> changed) {

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /**
     * One element of the diff.
     *
     * @param type    the kind of element in Japanese (ユーザータスク, シーケンスフロー…)
     * @param name    its name in the new version (in the running one for a removed element)
     * @param details for a changed element, each changed property as 「名前: 旧 → 新」
     */
    public record ElementChange(String id, String type, String name, List<String> details) {
    }
}
