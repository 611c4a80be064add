package jp.musubi.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jp.musubi.cms.mail.OutboxMessage;
import jp.musubi.cms.mail.OutboxMessages;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox's mail タスクの割当て, rendered from this feature's templates by the notice machinery and read from the outbox
 * (the workflow tests deliver nothing; delivery over SMTP is tested with the machinery in cms-module).
 */
@WorkflowSpringBootTest
class TaskAssignedNoticeTest {

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    List<MailKind> kinds;

    @Test
    void taskAssigned() {
        OutboxMessage mail = sent(new TaskAssigned("secretariat@task.example.jp", "結城 事務子", "課題整理ヒアリングの実施",
                "除雪車の運行状況を住民に知らせたい", LocalDate.of(2026, 11, 30), "/inbox/tasks/42"));

        assertThat(mail.subject()).isEqualTo("【DX推進プラットフォーム】タスクが割り当てられました：課題整理ヒアリングの実施");
        assertThat(mail.textBody()).contains("結城 事務子 様", "■ 期限：2026年11月30日（月）",
                "http://localhost:8080/inbox/tasks/42");
        assertThat(mail.htmlBody()).contains("href=\"http://localhost:8080/inbox/tasks/42\"");
    }

    @Test
    void theOutboxPageNamesTheKind() {
        assertThat(kinds).contains(new MailKind("task-assigned", "タスクの割当て"));
    }

    /** Sends the notice and returns the mail it left in the outbox. */
    private OutboxMessage sent(Notice notice) {
        return outbox.find(notifications.send(notice)).orElseThrow();
    }
}
