package jp.musubi.workflow.inquiry;

import static jp.musubi.workflow.inquiry.InquiryTexts.TEXTS;

import java.time.Clock;
import java.util.Map;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.task.TaskPermissions;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human steps of {@code inquiry}: 振り分け, 県への確認 and 回答作成・送信. Each checks its input,
 * writes the case and completes the task in one transaction; refused input changes nothing.
 */
@Service
public class InquiryTasks {

    static final String TRIAGE = "triageInquiry";
    static final String CONSULT = "consultPrefecture";
    static final String REPLY = "writeReply";

    private final TaskService tasks;
    private final InquiryRepository inquiries;
    private final Clock clock;
    private final TaskPermissions permissions;

    InquiryTasks(TaskService tasks, InquiryRepository inquiries, Clock clock, TaskPermissions permissions) {
        this.permissions = permissions;
        this.tasks = tasks;
        this.inquiries = inquiries;
        this.clock = clock;
    }

    /**
     * @param consultPrefecture true = ask the prefecture first ({@code question} required), false = answer directly
     */
    @Transactional
    public void triage(String taskId, Boolean consultPrefecture, String question, String user) {
        Task task = open(taskId, TRIAGE);
        InputChecks checks = new InputChecks();
        String cleaned = null;
        if (consultPrefecture == null) {
            checks.add("consultPrefecture", TEXTS.get("inquiry.triage.choiceRequired"));
        } else if (consultPrefecture) {
            cleaned = checks.required("question", TEXTS.get("inquiry.fact.prefectureQuestion"), question, 2000);
        }
        checks.throwIfAny();
        inquiries.triage(inquiryId(task), consultPrefecture, cleaned, user, clock.instant());
        complete(task, user, Map.of("consultPrefecture", consultPrefecture));
    }

    /** The prefecture's answer for the secretariat (not sent to the inquirer). */
    @Transactional
    public void answerForSecretariat(String taskId, String answer, String user) {
        Task task = open(taskId, CONSULT);
        InputChecks checks = new InputChecks();
        String cleaned = checks.required("answer", TEXTS.get("inquiry.task.prefectureAnswer"), answer, 4000);
        checks.throwIfAny();
        inquiries.prefectureAnswer(inquiryId(task), cleaned, user, clock.instant());
        complete(task, user, Map.of());
    }

    /** The reply to the inquirer; the reply mail is enqueued by the next step in this transaction. */
    @Transactional
    public void reply(String taskId, String reply, String user) {
        Task task = open(taskId, REPLY);
        InputChecks checks = new InputChecks();
        String cleaned = checks.required("reply", TEXTS.get("inquiry.task.reply"), reply, 4000);
        checks.throwIfAny();
        inquiries.reply(inquiryId(task), cleaned, user, clock.instant());
        complete(task, user, Map.of());
    }

    private Task open(String taskId, String taskKey) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !taskKey.equals(task.getTaskDefinitionKey())) {
            throw InputRefused.of("task", TEXTS.get("inquiry.task.notOpen"));
        }
        return task;
    }

    private long inquiryId(Task task) {
        return ((Number) tasks.getVariable(task.getId(), "inquiryId")).longValue();
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
        permissions.requireMayComplete(task, user);
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }
}
