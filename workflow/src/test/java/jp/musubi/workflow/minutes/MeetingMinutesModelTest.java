package jp.musubi.workflow.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flowable.bpmn.model.BoundaryEvent;
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
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a process owner sees of {@code meeting-minutes} in the modeler, and what the engine runs. */
@MeetingMinutesFlowableTest
class MeetingMinutesModelTest {

    private static final String PROCESS = "processes/meeting-minutes.bpmn20.xml";

    @Autowired
    RepositoryService repository;

    @Test
    @Deployment(resources = PROCESS)
    void everyElementIsDrawn() {
        BpmnModel model = model();
        Process process = model.getMainProcess();

        for (FlowElement element : process.getFlowElements()) {
            if (element instanceof FlowNode) {
                GraphicInfo shape = model.getGraphicInfo(element.getId());
                assertThat(shape).as("shape of %s", element.getId()).isNotNull();
                assertThat(shape.getWidth()).as("width of %s", element.getId()).isPositive();
            }
            if (element instanceof SequenceFlow) {
                assertThat(model.getFlowLocationGraphicInfo(element.getId())).as("waypoints of %s", element.getId()).hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    @Deployment(resources = PROCESS)
    void theMainPathRunsLeftToRight() {
        BpmnModel model = model();
        List<Double> x = List.of("meetingHeld", "writeMinutes", "reviewMinutes", "reviewResult", "minutesFinalized").stream()
                .map(id -> model.getGraphicInfo(id).getX())
                .toList();

        assertThat(x).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @Deployment(resources = PROCESS)
    void namesAreJapaneseAndEveryTaskIsDocumented() {
        Process process = model().getMainProcess();

        assertThat(process.getName()).isEqualTo("打合せ記録の提出");
        for (FlowElement element : process.getFlowElements()) {
            if (!(element instanceof SequenceFlow)) {
                assertThat(element.getName()).as("name of %s", element.getId()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            }
            if (element instanceof Task) {
                assertThat(element.getDocumentation()).as("documentation of %s", element.getId())
                        .containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            }
        }
    }

    @Test
    @Deployment(resources = PROCESS)
    void deadlinesUseTheJapaneseBusinessCalendar() {
        Process process = model().getMainProcess();

        UserTask write = (UserTask) process.getFlowElement("writeMinutes");
        assertThat(write.getDueDate()).isEqualTo("${meetingDate}/P10D");
        assertThat(write.getBusinessCalendarName()).isEqualTo("japanese");
        assertThat(timer(process, "minutesReminderTimer").getTimeDate()).isEqualTo("${meetingDate}/P8D");
        assertThat(timer(process, "minutesOverdueTimer").getTimeDate()).isEqualTo("${meetingDate}/P10D");
        assertThat(List.of(timer(process, "minutesReminderTimer"), timer(process, "minutesOverdueTimer")))
                .extracting(TimerEventDefinition::getCalendarName)
                .containsOnly("japanese");
        assertThat(process.findFlowElementsOfType(BoundaryEvent.class))
                .allSatisfy(event -> assertThat(event.isCancelActivity()).as("%s interrupts", event.getId()).isFalse());
    }

    @Test
    @Deployment(resources = PROCESS)
    void codeRunsOnlyThroughSpringBeans() {
        Process process = model().getMainProcess();

        assertThat(process.findFlowElementsOfType(ScriptTask.class)).isEmpty();
        assertThat(process.findFlowElementsOfType(ServiceTask.class)).isNotEmpty().allSatisfy(task ->
                assertThat(task.getImplementationType()).isEqualTo(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION));
    }

    private BpmnModel model() {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("meeting-minutes").latestVersion()
                .singleResult().getId();
        return repository.getBpmnModel(definition);
    }

    private static TimerEventDefinition timer(Process process, String boundaryEvent) {
        return (TimerEventDefinition) ((BoundaryEvent) process.getFlowElement(boundaryEvent)).getEventDefinitions().get(0);
    }
}
