package jp.musubi.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A rejected submitter with an e-mail address is told by mail (through the outbox) that a task waits. */
@WorkflowSpringBootTest
class ContentPublicationNotificationTest {

    @Autowired ContentService content;
    @Autowired PublicationService publication;
    @Autowired PublicationApprovalService approvals;
    @Autowired AccountService accounts;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;

    @Test
    void theSubmitterGetsATaskMailOnRejection() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String editor = "editor-" + suffix;
        String email = editor + "@editors.example.jp";
        accounts.create(new NewAccount(editor, "編集 花子", email, "correct-horse-battery-" + suffix, Set.of(Role.EDITOR), null, null));
        String name = "notice-" + suffix;
        content.create("articles", name, Map.of("title", "県からのお知らせ " + suffix, "category", "news", "body", "<p>本文</p>"),
                "初稿", editor);
        publication.submit("articles", name, null, null, false, editor);
        Task approval = tasks.createTaskQuery().processInstanceBusinessKey("articles/" + name).singleResult();

        approvals.reject(approval.getId(), "pref-suzuki", "日付の表記を統一してください");

        Task revision = tasks.createTaskQuery().processInstanceId(approval.getProcessInstanceId()).singleResult();
        List<String> mail = jdbc.sql("SELECT kind, subject, text_body FROM mail_outbox WHERE recipient = ?")
                .param(email)
                .query((rs, n) -> List.of(rs.getString("kind"), rs.getString("subject"), rs.getString("text_body")))
                .single();
        assertThat(mail.get(0)).isEqualTo("task-assigned");
        assertThat(mail.get(1)).contains("差し戻し対応");
        assertThat(mail.get(2)).contains("県からのお知らせ " + suffix).contains("/inbox/tasks/" + revision.getId());
    }
}
