package jp.musubi.workflow.inbox;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.cms.content.ContentService;
import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.NewIssue;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/** Issue cases and staff accounts with unique names for the inbox tests; a component of the shared test context. */
@Component
class InboxFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final IssueCases issueCases;
    final ContentService content;
    final AccountRepository accounts;
    final TaskService tasks;

    InboxFixture(IssueCases issueCases, ContentService content, AccountRepository accounts, TaskService tasks) {
        this.issueCases = issueCases;
        this.content = content;
        this.accounts = accounts;
        this.tasks = tasks;
    }

    static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "x" + Long.toString(System.nanoTime(), 36);
    }

    IssueCase submit(String title) {
        if (content.find("municipalities", "utsunomiya").isEmpty()) {
            content.create("municipalities", "utsunomiya", Map.of("title", "宇都宮市", "code", "092011"), null, "test");
        }
        String n = unique("");
        long id = issueCases.submit(new NewIssue(title, "utsunomiya", "交通政策課", "路線バスの廃止で移動手段が不足している。",
                "muni" + n, "宇都宮 花子", "submitter" + n + "@city.example.jp"));
        return issueCases.find(id).orElseThrow();
    }

    InboxUser user(Role... roles) {
        String username = unique("staff");
        accounts.insert(new NewAccount(username, "職員 " + username, username + "@pref.example.jp", "x", Set.of(roles),
                null, null), "{noop}x");
        return new InboxUser(username, java.util.Arrays.stream(roles).map(Role::name).collect(java.util.stream.Collectors.toSet()));
    }

    Task task(IssueCase issueCase, String key) {
        return tasks.createTaskQuery().processInstanceId(issueCase.processInstanceId()).taskDefinitionKey(key).singleResult();
    }
}
