package jp.musubi.workflow.meeting;

import static jp.musubi.workflow.meeting.MeetingTexts.TEXTS;

import java.util.Map;
import java.util.Optional;

import jp.musubi.workflow.inbox.TaskPanel;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.minutes.MeetingMinutes;
import org.springframework.stereotype.Component;

/**
 * The meetings panel on the task pages that need a meeting: 課題整理ヒアリング, ソリューション選定ヒアリング and
 * ソリューション選定会議 of {@code issue-to-matching} (schedule it there), and every step of {@code meeting-minutes}
 * (the meeting, its materials, and where the minutes' attachments are added).
 */
@Component
class MeetingTaskPanels implements TaskPanel {

    private static final Map<String, MeetingKind> CASE_STEPS = Map.of(
            "issueHearing", MeetingKind.ISSUE_HEARING,
            "selectionHearing", MeetingKind.SELECTION_HEARING,
            "selectionMeeting", MeetingKind.SELECTION_MEETING);

    @Override
    public Optional<Link> panel(String processKey, String taskDefinitionKey, Map<String, Object> variables) {
        if (IssueCases.PROCESS.equals(processKey) && CASE_STEPS.containsKey(taskDefinitionKey)
                && variables.get(IssueCases.CASE_ID) instanceof Number caseId) {
            MeetingKind kind = CASE_STEPS.get(taskDefinitionKey);
            return Optional.of(new Link(TEXTS.get("meeting.panel.heading", kind.label()),
                    "/meetings/cases/" + caseId.longValue() + "/panel?kind=" + kind.name()));
        }
        if (MeetingMinutes.PROCESS.equals(processKey) && variables.get(MeetingMinutes.MEETING_ID) instanceof Number id) {
            return Optional.of(new Link(TEXTS.get("meeting.panel.minutes"), "/meetings/" + id.longValue() + "/panel"));
        }
        return Optional.empty();
    }
}
