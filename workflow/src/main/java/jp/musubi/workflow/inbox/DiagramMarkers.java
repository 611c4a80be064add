package jp.musubi.workflow.inbox;

import java.util.List;

/** BPMN element ids to highlight in the viewer: waiting now, and already passed. */
public record DiagramMarkers(List<String> current, List<String> completed) {
}
