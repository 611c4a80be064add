package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EventDefinition;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.bpmn.model.Event;
import org.springframework.stereotype.Component;

/** Compares two versions of a process element by element: added, removed and changed, by BPMN id. */
@Component
public class DiagramDiffer {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("UserTask", TEXTS.get("modeler.java.diff.type.UserTask")), Map.entry("ServiceTask", TEXTS.get("modeler.java.diff.type.ServiceTask")),
            Map.entry("ScriptTask", TEXTS.get("modeler.java.diff.type.ScriptTask")), Map.entry("SequenceFlow", TEXTS.get("modeler.java.diff.type.SequenceFlow")),
            Map.entry("ExclusiveGateway", TEXTS.get("modeler.java.diff.type.ExclusiveGateway")), Map.entry("ParallelGateway", TEXTS.get("modeler.java.diff.type.ParallelGateway")),
            Map.entry("InclusiveGateway", TEXTS.get("modeler.java.diff.type.InclusiveGateway")), Map.entry("EventGateway", TEXTS.get("modeler.java.diff.type.EventGateway")),
            Map.entry("StartEvent", TEXTS.get("modeler.java.diff.type.StartEvent")), Map.entry("EndEvent", TEXTS.get("modeler.java.diff.type.EndEvent")),
            Map.entry("IntermediateCatchEvent", TEXTS.get("modeler.java.diff.type.IntermediateCatchEvent")), Map.entry("ThrowEvent", TEXTS.get("modeler.java.diff.type.ThrowEvent")),
            Map.entry("BoundaryEvent", TEXTS.get("modeler.java.diff.type.BoundaryEvent")), Map.entry("SubProcess", TEXTS.get("modeler.java.diff.type.SubProcess")),
            Map.entry("CallActivity", TEXTS.get("modeler.java.diff.type.CallActivity")), Map.entry("ManualTask", TEXTS.get("modeler.java.diff.type.ManualTask")),
            Map.entry("ReceiveTask", TEXTS.get("modeler.java.diff.type.ReceiveTask")), Map.entry("SendTask", TEXTS.get("modeler.java.diff.type.SendTask")), Map.entry("Task", TEXTS.get("modeler.java.diff.type.Task")));

    /** Differences of {@code next} against {@code running} (either may be {@code null}: no elements). */
    public DiagramDiff diff(BpmnModel running, BpmnModel next) {
        Map<String, FlowElement> before = elements(running);
        Map<String, FlowElement> after = elements(next);
        List<DiagramDiff.ElementChange> added = new ArrayList<>();
        List<DiagramDiff.ElementChange> removed = new ArrayList<>();
        List<DiagramDiff.ElementChange> changed = new ArrayList<>();
        after.forEach((id, element) -> {
            FlowElement old = before.get(id);
            if (old == null) {
                added.add(change(element, List.of()));
            } else {
                List<String> details = details(old, element);
                if (!details.isEmpty()) {
                    changed.add(change(element, details));
                }
            }
        });
        before.forEach((id, element) -> {
            if (!after.containsKey(id)) {
                removed.add(change(element, List.of()));
            }
        });
        return new DiagramDiff(added, removed, changed);
    }

    private static DiagramDiff.ElementChange change(FlowElement element, List<String> details) {
        return new DiagramDiff.ElementChange(element.getId(), type(element), element.getName(), details);
    }

    static String type(FlowElement element) {
        String simple = element.getClass().getSimpleName();
        return TYPES.getOrDefault(simple, simple);
    }

    private static Map<String, FlowElement> elements(BpmnModel model) {
        Map<String, FlowElement> elements = new LinkedHashMap<>();
        if (model != null) {
            for (Process process : model.getProcesses()) {
                for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
                    elements.put(element.getId(), element);
                }
            }
        }
        return elements;
    }

    private static List<String> details(FlowElement old, FlowElement element) {
        Map<String, String> before = properties(old);
        Map<String, String> after = properties(element);
        List<String> details = new ArrayList<>();
        for (String key : union(before, after)) {
            String a = before.get(key);
            String b = after.get(key);
            if (!Objects.equals(blankToNull(a), blankToNull(b))) {
                details.add(key + ": " + show(a) + " → " + show(b));
            }
        }
        return details;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
        return keys;
    }

    /** The properties a process owner edits, with their Japanese labels. */
    private static Map<String, String> properties(FlowElement element) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(TEXTS.get("modeler.java.diff.property.kind"), type(element));
        properties.put(TEXTS.get("modeler.java.diff.property.name"), element.getName());
        properties.put(TEXTS.get("modeler.java.diff.property.documentation"), element.getDocumentation());
        if (element instanceof UserTask task) {
            properties.put(TEXTS.get("modeler.java.diff.property.assignee"), task.getAssignee());
            properties.put(TEXTS.get("modeler.java.diff.property.candidateGroups"), String.join(",", task.getCandidateGroups()));
            properties.put(TEXTS.get("modeler.java.diff.property.form"), task.getFormKey());
            properties.put(TEXTS.get("modeler.java.diff.property.dueDate"), task.getDueDate());
            properties.put(TEXTS.get("modeler.java.diff.property.calendar"), task.getBusinessCalendarName());
        }
        if (element instanceof ServiceTask task) {
            properties.put(TEXTS.get("modeler.java.diff.property.implementation"), task.getImplementation());
        }
        if (element instanceof SequenceFlow flow) {
            properties.put(TEXTS.get("modeler.java.diff.property.source"), flow.getSourceRef());
            properties.put(TEXTS.get("modeler.java.diff.property.target"), flow.getTargetRef());
            properties.put(TEXTS.get("modeler.java.diff.property.condition"), flow.getConditionExpression());
        }
        if (element instanceof Activity activity) {
            properties.put(TEXTS.get("modeler.java.diff.property.defaultFlow"), activity.getDefaultFlow());
        }
        if (element instanceof Event event) {
            for (EventDefinition definition : event.getEventDefinitions()) {
                if (definition instanceof TimerEventDefinition timer) {
                    properties.put(TEXTS.get("modeler.java.diff.property.timerDate"), timer.getTimeDate());
                    properties.put(TEXTS.get("modeler.java.diff.property.timerDuration"), timer.getTimeDuration());
                    properties.put(TEXTS.get("modeler.java.diff.property.timerCycle"), timer.getTimeCycle());
                    properties.put(TEXTS.get("modeler.java.diff.property.calendar"), timer.getCalendarName());
                }
            }
        }
        return properties;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String show(String value) {
        String shown = blankToNull(value);
        if (shown == null) {
            return TEXTS.get("modeler.java.diff.none");
        }
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
