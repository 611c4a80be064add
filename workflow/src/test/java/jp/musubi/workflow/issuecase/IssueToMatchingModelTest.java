package jp.musubi.workflow.issuecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.IntermediateCatchEvent;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.Task;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@code issue-to-matching} as auto-deployed: drawn, documented, roles and forms, code only through beans. */
@WorkflowSpringBootTest
class IssueToMatchingModelTest {

    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("handlingDecision", "PREF_STAFF|issue-handling-decision"),
            Map.entry("issueHearing", "SECRETARIAT|issue-hearing"),
            Map.entry("ideaWorkshop", "SECRETARIAT|idea-workshop"),
            Map.entry("issueSelection", "SECRETARIAT,PREF_STAFF|issue-selection"),
            Map.entry("draftIssuePage", "SECRETARIAT|issue-page-draft"),
            Map.entry("approveIssuePage", "PREF_STAFF|issue-page-approval"),
            Map.entry("decideExtension", "SECRETARIAT|proposal-extension"),
            Map.entry("reviewProposals", "SECRETARIAT|proposal-review"),
            Map.entry("selectionHearing", "SECRETARIAT|selection-hearing"),
            Map.entry("selectionMeeting", "SECRETARIAT,PREF_STAFF|selection-meeting"),
            Map.entry("demonstrationSupport", "SECRETARIAT|demonstration-support"));

    @Autowired
    RepositoryService repository;

    @Autowired
    ApplicationContext context;

    @Test
    void everyElementIsDrawnWithoutOverlaps() {
        BpmnModel model = model();
        List<FlowNode> nodes = model.getMainProcess().findFlowElementsOfType(FlowNode.class);
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof FlowNode) {
                assertThat(model.getGraphicInfo(element.getId())).as("shape of %s", element.getId()).isNotNull();
            }
            if (element instanceof SequenceFlow) {
                assertThat(model.getFlowLocationGraphicInfo(element.getId())).as("waypoints of %s", element.getId())
                        .hasSizeGreaterThanOrEqualTo(2);
            }
        }
        for (FlowNode a : nodes) {
            for (FlowNode b : nodes) {
                if (a != b) {
                    assertThat(overlap(model.getGraphicInfo(a.getId()), model.getGraphicInfo(b.getId())))
                            .as("%s overlaps %s", a.getId(), b.getId()).isFalse();
                }
            }
        }
    }

    @Test
    void theMainPathRunsLeftToRight() {
        BpmnModel model = model();
        List<Double> x = List.of("issueSubmitted", "handlingDecision", "issueHearing", "issueSelection", "participationDeadlineReached",
                        "draftIssuePage", "approveIssuePage", "publishIssuePage", "proposalDeadlineReached", "reviewProposals",
                        "selectionHearing", "selectionMeeting", "recordMatching", "demonstrationSupport", "supportCompleted")
                .stream().map(id -> model.getGraphicInfo(id).getX()).toList();

        assertThat(x).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void tasksAreJapaneseDocumentedAndAssignedToTheirRoleAndForm() {
        Process process = model().getMainProcess();

        assertThat(process.getName()).isEqualTo("課題からマッチングまで");
        for (FlowElement element : process.getFlowElements()) {
            if (!(element instanceof SequenceFlow)) {
                assertThat(element.getName()).as("name of %s", element.getId()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            }
            if (element instanceof Task) {
                assertThat(element.getDocumentation()).as("documentation of %s", element.getId())
                        .containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            }
        }
        List<UserTask> userTasks = process.findFlowElementsOfType(UserTask.class);
        assertThat(userTasks).extracting(UserTask::getId).containsExactlyInAnyOrderElementsOf(FORMS.keySet());
        for (UserTask task : userTasks) {
            assertThat(String.join(",", task.getCandidateGroups()) + "|" + task.getFormKey()).as(task.getId())
                    .isEqualTo(FORMS.get(task.getId()));
        }
    }

    @Test
    void deadlinesUseTheJapaneseBusinessCalendar() {
        List<IntermediateCatchEvent> timers = model().getMainProcess().findFlowElementsOfType(IntermediateCatchEvent.class);

        assertThat(timers).extracting(FlowElement::getId).containsExactlyInAnyOrder("participationDeadlineReached", "proposalDeadlineReached");
        assertThat(timers).allSatisfy(timer -> {
            TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().get(0);
            assertThat(definition.getCalendarName()).isEqualTo("japanese");
            assertThat(definition.getTimeDate()).matches("\\$\\{(participation|proposal)DeadlineTimer}");
        });
    }

    @Test
    void codeRunsOnlyThroughNamedSpringBeans() {
        Process process = model().getMainProcess();

        assertThat(process.findFlowElementsOfType(ScriptTask.class)).isEmpty();
        assertThat(process.findFlowElementsOfType(ServiceTask.class)).hasSize(8).allSatisfy(task -> {
            assertThat(task.getImplementationType()).isEqualTo(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION);
            String bean = task.getImplementation().replaceAll("^\\$\\{(.*)}$", "$1");
            assertThat(context.containsBean(bean)).as("bean %s", bean).isTrue();
        });
    }

    private BpmnModel model() {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(IssueCases.PROCESS).latestVersion()
                .singleResult().getId();
        return repository.getBpmnModel(definition);
    }

    private static boolean overlap(GraphicInfo a, GraphicInfo b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }
}
