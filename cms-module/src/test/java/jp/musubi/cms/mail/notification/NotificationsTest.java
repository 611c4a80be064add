package jp.musubi.cms.mail.notification;

import static jp.musubi.cms.mail.MailTestSupport.decodedSubject;
import static jp.musubi.cms.mail.MailTestSupport.part;
import static jp.musubi.cms.mail.MailTestSupport.rawSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jp.musubi.cms.mail.MailStatus;
import jp.musubi.cms.mail.MailTestSupport;
import jp.musubi.cms.mail.OutboxMessages;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.support.CmsSpringBootTest;
import jp.musubi.cms.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notice machinery end to end: a {@link Notice} sent by {@link Notifications}, delivered by the
 * application's sender to GreenMail (spring.mail.* of the test profile), read as a mail client would.
 * The features' own notices and their templates are tested beside them in the workflow module.
 */
@CmsSpringBootTest
class NotificationsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void rendersTheNoticesTemplatesWithTheSiteNameAndLinks() throws Exception {
        long id = notifications.send(new TestNotice("render@test-notice.example.jp", "結城 事務子", "本文の一行"));

        MimeMessage mail = deliveredTo("render@test-notice.example.jp");
        assertThat(decodedSubject(mail)).isEqualTo("【DX推進プラットフォーム】テストのお知らせ：本文の一行");
        assertThat(part(mail, "text/plain")).contains("結城 事務子 様", "DX推進プラットフォーム 事務局です。", "本文の一行",
                "※このメールは、DX推進プラットフォームのシステムから自動でお送りしています。");
        assertThat(part(mail, "text/html")).contains("<title>【DX推進プラットフォーム】テストのお知らせ：本文の一行</title>",
                "href=\"http://localhost:8080/inbox/tasks/42\"");
        assertThat(outbox.find(id).orElseThrow().kind()).isEqualTo("test-notice");
    }

    @Test
    void aRolledBackWorkflowStepSendsNothing() throws Exception {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            notifications.send(new TestNotice("rollback@task.example.jp", "結城 事務子", "承認"));
            throw new IllegalStateException("the task could not be completed");
        })).isInstanceOf(IllegalStateException.class);
        long committed = transactions.execute(status ->
                notifications.send(new TestNotice("commit@task.example.jp", "結城 事務子", "承認")));

        sender.sendDue();

        assertThat(MailTestSupport.countPerRecipient(greenMail.getReceivedMessages()))
                .containsKey("commit@task.example.jp").doesNotContainKey("rollback@task.example.jp");
        assertThat(outbox.find(committed).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void everyMailIsMultipartAlternativeUtf8WithAnEncodedSubject() throws Exception {
        notifications.send(new TestNotice("mime@test-notice.example.jp", "佐藤 健一", "会員登録"));

        MimeMessage mail = deliveredTo("mime@test-notice.example.jp");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        assertThat(rawSubject(mail)).startsWith("=?UTF-8?").doesNotContain("会員登録");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    }

    /** Sends what is due and returns the one mail that reached {@code address}. */
    private MimeMessage deliveredTo(String address) {
        sender.sendDue();
        List<MimeMessage> mails = MailTestSupport.to(greenMail.getReceivedMessages(), address);
        assertThat(mails).as("mails to %s", address).hasSize(1);
        return mails.get(0);
    }
}
