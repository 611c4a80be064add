package jp.musubi.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The conventions of the project's diagrams, for {@code member-registration}, {@code inquiry} and {@code consultation-matching}. */
@WorkflowSpringBootTest
class ProcessModelConventionsTest {

    @Autowired
    RepositoryService repository;

    @ParameterizedTest
    @ValueSource(strings = {"member-registration", "inquiry", "consultation-matching"})
    void everyTaskIsDocumentedAssignedToARoleAndHasAForm(String key) {
        Process process = model(key).getMainProcess();
        assertThat(process.findFlowElementsOfType(UserTask.class)).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getDocumentation()).as("%s documentation", task.getId()).isNotBlank();
            assertThat(task.getCandidateGroups()).as("%s candidate groups", task.getId())
                    .singleElement().isIn("SECRETARIAT", "PREF_STAFF");
            assertThat(task.getFormKey()).as("%s formKey", task.getId()).isNotBlank();
        });
        assertThat(process.findFlowElementsOfType(ServiceTask.class)).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getDocumentation()).isNotBlank();
            assertThat(task.getImplementationType()).isEqualTo(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION);
            assertThat(task.getImplementation()).matches("\\$\\{[a-z][A-Za-z]+Delegate}");
        });
        assertThat(process.findFlowElementsOfType(ScriptTask.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"member-registration", "inquiry", "consultation-matching"})
    void everyElementIsDrawn(String key) {
        BpmnModel model = model(key);
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof SequenceFlow) {
                assertThat(model.getFlowLocationGraphicInfo(element.getId())).as(element.getId()).hasSizeGreaterThanOrEqualTo(2);
            } else if (element instanceof FlowNode) {
                assertThat(model.getGraphicInfo(element.getId())).as(element.getId()).isNotNull();
                assertThat(element.getName() == null || !element.getName().matches("[A-Za-z ]+"))
                        .as("%s has a Japanese name", element.getId()).isTrue();
            }
        }
    }

    private BpmnModel model(String key) {
        return repository.getBpmnModel(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getId());
    }
}
