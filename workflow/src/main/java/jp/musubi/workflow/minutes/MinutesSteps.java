package jp.musubi.workflow.minutes;

import static jp.musubi.workflow.minutes.MinutesTexts.TEXTS;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.workflow.inbox.TaskGoneException;
import jp.musubi.workflow.task.TaskPermissions;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code meeting-minutes} done in the inbox: write and submit, review (approve or return), correct and
 * resubmit, confirm a delay. Each checks the input and the user, writes the record and completes the task in one
 * transaction.
 */
@Service
public class MinutesSteps {

    static final int MAX_TEXT = 20000;
    static final int MAX_COMMENT = 2000;
    /** The submitted text, also kept on the case so the correction form starts from it. */
    static final String TEXT_VARIABLE = "minutesText";

    private final TaskService tasks;
    private final TaskPermissions permissions;
    private final MinutesRecords records;
    private final Clock clock;

    MinutesSteps(TaskService tasks, TaskPermissions permissions, MinutesRecords records, Clock clock) {
        this.tasks = tasks;
        this.permissions = permissions;
        this.records = records;
        this.clock = clock;
    }

    /** The record of a minutes process, if it was started for a meeting. */
    @Transactional(readOnly = true)
    public Optional<MinutesRecord> record(String processInstanceId) {
        return records.find(processInstanceId);
    }

    /** Every meeting's minutes, the latest meetings first (for the deliverables calendar). */
    @Transactional(readOnly = true)
    public java.util.List<MinutesRecord> all() {
        return records.all();
    }

    @Transactional
    public void submit(String taskId, String text, String user) {
        Task task = require(taskId, "writeMinutes");
        String minutes = text(text);
        ensureRecord(task);
        records.submit(task.getProcessInstanceId(), minutes, user, clock.instant());
        complete(task, user, Map.of(TEXT_VARIABLE, minutes));
    }

    @Transactional
    public void correct(String taskId, String text, String user) {
        Task task = require(taskId, "correctMinutes");
        String minutes = text(text);
        ensureRecord(task);
        records.submit(task.getProcessInstanceId(), minutes, user, clock.instant());
        complete(task, user, Map.of(TEXT_VARIABLE, minutes));
    }

    @Transactional
    public void review(String taskId, boolean accepted, String comment, String user) {
        Task task = require(taskId, "reviewMinutes");
        InputChecks checks = new InputChecks();
        String cleaned = accepted
                ? checks.optional("reviewComment", TEXTS.get("minutes.field.reviewComment"), comment, MAX_COMMENT)
                : checks.required("reviewComment", TEXTS.get("minutes.field.reviewComment"), comment, MAX_COMMENT);
        checks.throwIfAny();
        ensureRecord(task);
        records.reviewed(task.getProcessInstanceId(), accepted, cleaned, user, clock.instant());
        Map<String, Object> variables = new HashMap<>();
        variables.put("minutesAccepted", accepted);
        variables.put("reviewComment", cleaned);
        complete(task, user, variables);
    }

    @Transactional
    public void confirmOverdue(String taskId, String note, String user) {
        Task task = require(taskId, "confirmOverdue");
        InputChecks checks = new InputChecks();
        String cleaned = checks.optional("overdueNote", TEXTS.get("minutes.field.overdueNote"), note, MAX_COMMENT);
        checks.throwIfAny();
        Map<String, Object> variables = new HashMap<>();
        variables.put("overdueNote", cleaned);
        complete(task, user, variables);
    }

    private String text(String text) {
        InputChecks checks = new InputChecks();
        String minutes = checks.required("minutes", TEXTS.get("minutes.field.minutes"), text, MAX_TEXT);
        checks.throwIfAny();
        return minutes;
    }

    /** Minutes started without a meeting (by the modeler or an older version) get their record on first writing. */
    private void ensureRecord(Task task) {
        if (records.find(task.getProcessInstanceId()).isEmpty()) {
            Object title = tasks.getVariable(task.getId(), "meetingTitle");
            Object meeting = tasks.getVariable(task.getId(), MeetingMinutes.MEETING_ID);
            Object day = tasks.getVariable(task.getId(), "meetingDate");
            records.create(task.getProcessInstanceId(), meeting instanceof Number n ? n.longValue() : null,
                    title == null ? TEXTS.get("minutes.untitled") : title.toString(),
                    day instanceof java.time.LocalDate date ? date : null);
        }
    }

    private Task require(String taskId, String key) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !key.equals(task.getTaskDefinitionKey())) {
            throw new TaskGoneException();
        }
        return task;
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
        permissions.requireMayComplete(task, user);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user);
        }
        tasks.complete(task.getId(), variables);
    }
}
