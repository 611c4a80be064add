package jp.musubi.workflow.modeler;

import java.util.List;

/**
 * A diagram checked as the next version of a process: its problems (empty when it may be deployed)
 * and its differences against the version new cases start on now.
 *
 * @param baseVersion the running version it was compared with; deploying passes it back so that a
 *                    version deployed meanwhile by someone else is not overwritten unseen
 */
public record DiagramPreview(String key, int baseVersion, List<DiagramProblem> problems, DiagramDiff diff) {

    public boolean deployable() {
        return problems.isEmpty();
    }
}
