package jp.musubi.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.Task;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a process owner sees of {@code content-publication} in the modeler, and what the engine runs. */
@WorkflowSpringBootTest
class ContentPublicationModelTest {

    @Autowired
    RepositoryService repository;

    @Test
    void everyElementIsDrawn() {
        BpmnModel model = model();
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof FlowNode) {
                GraphicInfo shape = model.getGraphicInfo(element.getId());
                assertThat(shape).as("shape of %s", element.getId()).isNotNull();
                assertThat(shape.getWidth()).as("width of %s", element.getId()).isPositive();
            }
            if (element instanceof SequenceFlow) {
                assertThat(model.getFlowLocationGraphicInfo(element.getId())).as("waypoints of %s", element.getId())
                        .hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void theMainPathRunsLeftToRight() {
        BpmnModel model = model();
        List<Double> x = List.of("submitted", "approvePublication", "approvalResult", "publishTiming", "waitForPublishAt",
                        "publishContent", "newsletterWanted", "sendNewsletter", "published").stream()
                .map(id -> model.getGraphicInfo(id).getX()).toList();
        List<Double> rejection = List.of("rejectContent", "reviseContent", "revisionDone").stream()
                .map(id -> model.getGraphicInfo(id).getX()).toList();

        assertThat(x).isSorted().doesNotHaveDuplicates();
        assertThat(rejection).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void namesAreJapaneseAndEveryTaskIsDocumented() {
        Process process = model().getMainProcess();

        assertThat(process.getName()).isEqualTo("コンテンツの公開承認");
        for (FlowElement element : process.getFlowElements()) {
            if (!(element instanceof SequenceFlow) || element.getName() != null) {
                assertThat(element.getName()).as("name of %s", element.getId()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            }
            if (element instanceof Task) {
                assertThat(element.getDocumentation()).as("documentation of %s", element.getId())
                        .containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            }
        }
    }

    @Test
    void theHumanStepsGoToTheRightPeopleWithTheirForms() {
        Process process = model().getMainProcess();

        UserTask approval = (UserTask) process.getFlowElement("approvePublication");
        assertThat(approval.getCandidateGroups()).containsExactly("PREF_STAFF");
        assertThat(approval.getFormKey()).isEqualTo("publication-approval");
        assertThat(approval.getDocumentation()).contains("差分");
        UserTask revision = (UserTask) process.getFlowElement("reviseContent");
        assertThat(revision.getAssignee()).isEqualTo("${submittedBy}");
        assertThat(revision.getFormKey()).isEqualTo("publication-revision");
    }

    @Test
    void codeRunsOnlyThroughSpringBeans() {
        Process process = model().getMainProcess();

        assertThat(process.findFlowElementsOfType(ScriptTask.class)).isEmpty();
        assertThat(process.findFlowElementsOfType(ServiceTask.class))
                .extracting(ServiceTask::getImplementation)
                .containsExactlyInAnyOrder("${publishContentDelegate}", "${newsletterDelegate}", "${rejectContentDelegate}");
        assertThat(process.findFlowElementsOfType(ServiceTask.class)).allSatisfy(task ->
                assertThat(task.getImplementationType()).isEqualTo(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION));
    }

    private BpmnModel model() {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PublicationProcess.KEY)
                .latestVersion().singleResult().getId();
        return repository.getBpmnModel(definition);
    }
}
