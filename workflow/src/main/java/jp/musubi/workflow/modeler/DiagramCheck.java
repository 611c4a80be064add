package jp.musubi.workflow.modeler;

import java.util.List;

import org.flowable.bpmn.model.BpmnModel;

/**
 * The outcome of checking a diagram before deployment.
 *
 * @param model    the parsed model, or {@code null} when the XML could not be read
 * @param problems every reason to refuse it; empty when it may be deployed
 */
public record DiagramCheck(BpmnModel model, List<DiagramProblem> problems) {

    public boolean deployable() {
        return problems.isEmpty();
    }
}
