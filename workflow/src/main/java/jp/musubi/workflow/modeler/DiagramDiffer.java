package jp.musubi.workflow.modeler;

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
            Map.entry("UserTask", "ユーザータスク"), Map.entry("ServiceTask", "サービスタスク"),
            Map.entry("ScriptTask", "スクリプトタスク"), Map.entry("SequenceFlow", "シーケンスフロー"),
            Map.entry("ExclusiveGateway", "排他ゲートウェイ"), Map.entry("ParallelGateway", "並列ゲートウェイ"),
            Map.entry("InclusiveGateway", "包含ゲートウェイ"), Map.entry("EventGateway", "イベントゲートウェイ"),
            Map.entry("StartEvent", "開始イベント"), Map.entry("EndEvent", "終了イベント"),
            Map.entry("IntermediateCatchEvent", "中間イベント"), Map.entry("ThrowEvent", "中間送信イベント"),
            Map.entry("BoundaryEvent", "境界イベント"), Map.entry("SubProcess", "サブプロセス"),
            Map.entry("CallActivity", "呼び出しアクティビティ"), Map.entry("ManualTask", "手作業タスク"),
            Map.entry("ReceiveTask", "受信タスク"), Map.entry("SendTask", "送信タスク"), Map.entry("Task", "タスク"));

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
        properties.put("種類", type(element));
        properties.put("名前", element.getName());
        properties.put("説明", element.getDocumentation());
        if (element instanceof UserTask task) {
            properties.put("担当者", task.getAssignee());
            properties.put("候補グループ", String.join(",", task.getCandidateGroups()));
            properties.put("フォーム", task.getFormKey());
            properties.put("期限", task.getDueDate());
            properties.put("営業日カレンダー", task.getBusinessCalendarName());
        }
        if (element instanceof ServiceTask task) {
            properties.put("処理", task.getImplementation());
        }
        if (element instanceof SequenceFlow flow) {
            properties.put("接続元", flow.getSourceRef());
            properties.put("接続先", flow.getTargetRef());
            properties.put("条件", flow.getConditionExpression());
        }
        if (element instanceof Activity activity) {
            properties.put("既定のフロー", activity.getDefaultFlow());
        }
        if (element instanceof Event event) {
            for (EventDefinition definition : event.getEventDefinitions()) {
                if (definition instanceof TimerEventDefinition timer) {
                    properties.put("タイマー（日時）", timer.getTimeDate());
                    properties.put("タイマー（期間）", timer.getTimeDuration());
                    properties.put("タイマー（繰り返し）", timer.getTimeCycle());
                    properties.put("営業日カレンダー", timer.getCalendarName());
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
            return "（なし）";
        }
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
