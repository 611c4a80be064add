package jp.musubi.workflow.inbox;

import static jp.musubi.workflow.inbox.InboxTexts.TEXTS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.musubi.workflow.account.AccountService;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.task.Comment;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The history of a case for its task page: steps, who completed them, comments; and the diagram's markers. */
@Service
@Transactional(readOnly = true)
public class CaseTimeline {

    /** Comment type of what a user wrote on a task. */
    public static final String COMMENT = "comment";
    /** Comment type of the summary of a completed form (recorded by the inbox). */
    public static final String OUTCOME = "outcome";

    private final HistoryService history;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AccountService accounts;

    CaseTimeline(HistoryService history, TaskService tasks, RuntimeService runtime, AccountService accounts) {
        this.history = history;
        this.tasks = tasks;
        this.runtime = runtime;
        this.accounts = accounts;
    }

    public List<TimelineEntry> timeline(String processInstanceId) {
        Map<String, String> names = displayNames();
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            switch (activity.getActivityType()) {
                case "startEvent" -> entries.add(new TimelineEntry(activity.getStartTime().toInstant(), "start",
                        TEXTS.get("inbox.java.timeline.start"), null, activity.getActivityName()));
                case "endEvent" -> entries.add(new TimelineEntry(activity.getStartTime().toInstant(), "end",
                        TEXTS.get("inbox.java.timeline.end"), null, activity.getActivityName()));
                case "userTask" -> {
                    entries.add(new TimelineEntry(activity.getStartTime().toInstant(), "task",
                            TEXTS.get("inbox.java.timeline.taskCreated", activity.getActivityName()), null, null));
                    if (activity.getEndTime() != null && activity.getAssignee() != null) {
                        entries.add(new TimelineEntry(activity.getEndTime().toInstant(), "done",
                                TEXTS.get("inbox.java.timeline.taskDone", activity.getActivityName()), name(names, activity.getAssignee()), null));
                    }
                }
                default -> {
                    // Gateways, service tasks and flows are the engine's business, not the staff's.
                }
            }
        }
        for (Comment comment : comments(processInstanceId)) {
            boolean outcome = OUTCOME.equals(comment.getType());
            entries.add(new TimelineEntry(comment.getTime().toInstant(), outcome ? "outcome" : "comment",
                    outcome ? TEXTS.get("inbox.java.timeline.outcome") : TEXTS.get("inbox.java.timeline.comment"),
                    name(names, comment.getUserId()), comment.getFullMessage()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(entry -> order(entry.kind())));
        return entries;
    }

    /** The finished steps of the case, in order, with who completed them and the recorded outcome. */
    public List<CompletedStep> completedSteps(String processInstanceId) {
        Map<String, String> names = displayNames();
        Map<String, String> outcomes = new HashMap<>();
        for (Comment comment : tasks.getProcessInstanceComments(processInstanceId, OUTCOME)) {
            if (comment.getTaskId() != null) {
                outcomes.put(comment.getTaskId(), comment.getFullMessage());
            }
        }
        List<CompletedStep> steps = new ArrayList<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .finished().orderByHistoricTaskInstanceEndTime().asc().list()) {
            if (task.getDeleteReason() == null) {
                steps.add(new CompletedStep(task.getName(), name(names, task.getAssignee()),
                        task.getEndTime().toInstant(), outcomes.get(task.getId())));
            }
        }
        return steps;
    }

    /** Comments written on the task page (type {@value #COMMENT}) of a task, oldest first. */
    public List<TimelineEntry> taskComments(String taskId) {
        Map<String, String> names = displayNames();
        return tasks.getTaskComments(taskId, COMMENT).stream()
                .map(c -> new TimelineEntry(c.getTime().toInstant(), "comment", TEXTS.get("inbox.java.timeline.comment"), name(names, c.getUserId()),
                        c.getFullMessage()))
                .sorted(Comparator.comparing(TimelineEntry::at)).toList();
    }

    /** For the diagram: the activities waiting now and those already passed (including sequence flows). */
    public DiagramMarkers markers(String processInstanceId) {
        Set<String> current = new LinkedHashSet<>(runtime.getActiveActivityIds(processInstanceId));
        Set<String> completed = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).finished().list()) {
            completed.add(activity.getActivityId());
        }
        completed.removeAll(current);
        return new DiagramMarkers(List.copyOf(current), List.copyOf(completed));
    }

    private List<Comment> comments(String processInstanceId) {
        List<Comment> all = new ArrayList<>(tasks.getProcessInstanceComments(processInstanceId, COMMENT));
        all.addAll(tasks.getProcessInstanceComments(processInstanceId, OUTCOME));
        return all;
    }

    private Map<String, String> displayNames() {
        return accounts.displayNamesByUsername();
    }

    private static String name(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }

    private static int order(String kind) {
        return switch (kind) {
            case "start" -> 0;
            case "outcome" -> 1;
            case "done" -> 2;
            case "task" -> 3;
            case "end" -> 5;
            default -> 4;
        };
    }

}
