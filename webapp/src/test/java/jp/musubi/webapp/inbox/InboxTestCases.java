package jp.musubi.webapp.inbox;

import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.cms.mail.notification.IssueDecision;
import jp.musubi.workflow.issuecase.IntakeSteps;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.NewIssue;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.boot.test.context.TestComponent;

/** Issue cases with unique titles, walked through the workflow services as the inbox would. */
@TestComponent
class InboxTestCases {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final IssueCases issueCases;
    private final IntakeSteps intake;
    private final TaskService tasks;

    InboxTestCases(IssueCases issueCases, IntakeSteps intake, TaskService tasks) {
        this.issueCases = issueCases;
        this.intake = intake;
        this.tasks = tasks;
    }

    static String uniqueTitle(String words) {
        return words + "（受信箱テスト" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36) + "）";
    }

    /** A new issue of 宇都宮市: its 取扱判断 task waits for the prefecture. */
    IssueCase submitted(String title) {
        String n = Long.toString(System.nanoTime(), 36);
        long id = issueCases.submit(new NewIssue(title, "utsunomiya", "交通政策課",
                "路線バスの廃止により、高齢者の通院・買い物の移動手段が不足している。", "municipal", "宇都宮 花子",
                "submitter-" + n + "@city.example.jp"));
        return issueCases.find(id).orElseThrow();
    }

    /** Handled by the prefecture: the 課題整理ヒアリング task waits for the secretariat. */
    IssueCase atHearing(String title) {
        IssueCase issueCase = submitted(title);
        intake.decideHandling(issueCase.id(), task(issueCase, "handlingDecision").getId(), IssueDecision.HANDLE, null, "pref");
        return issueCases.find(issueCase.id()).orElseThrow();
    }

    Task task(IssueCase issueCase, String key) {
        return tasks.createTaskQuery().processInstanceId(issueCase.processInstanceId()).taskDefinitionKey(key).singleResult();
    }

    IssueCase reload(IssueCase issueCase) {
        return issueCases.find(issueCase.id()).orElseThrow();
    }
}
