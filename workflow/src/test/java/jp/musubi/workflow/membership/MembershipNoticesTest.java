package jp.musubi.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The membership mails 会員登録の承認 and 会員登録の見送り, rendered from this feature's templates by the notice machinery and read from the outbox
 * (the workflow tests deliver nothing; delivery over SMTP is tested with the machinery in cms-module).
 */
@WorkflowSpringBootTest
class MembershipNoticesTest {

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    List<MailKind> kinds;

    @Test
    void membershipApproved() {
        OutboxMessage mail = sent(new MembershipApproved("sato@approved.example.jp", "佐藤 健一", "株式会社那須野電子", "nasuno"));

        assertThat(mail.subject()).isEqualTo("【DX推進プラットフォーム】会員登録完了のお知らせ");
        assertThat(mail.textBody()).contains("株式会社那須野電子", "佐藤 健一 様", "会員登録が完了しました",
                "ログインID：nasuno", "http://localhost:8080/login");
        assertThat(mail.htmlBody()).contains("佐藤 健一", "<strong>会員登録が完了しました</strong>", "href=\"http://localhost:8080/login\"");
    }

    @Test
    void withoutALoginIdTheMailLeavesTheLineOut() {
        OutboxMessage mail = sent(new MembershipApproved("mime@approved.example.jp", "佐藤 健一", "株式会社那須野電子", null));

        assertThat(mail.textBody()).doesNotContain("ログインID");
    }

    @Test
    void membershipDeclinedTellsTheReason() {
        OutboxMessage mail = sent(new MembershipDeclined("info@declined.example.jp", "田中 花子", "合同会社テスト",
                "県内に事業所がなく、入会要件を満たしていないため。"));

        assertThat(mail.subject()).isEqualTo("【DX推進プラットフォーム】会員登録のお申し込みの審査結果について");
        assertThat(mail.textBody()).contains("田中 花子 様", "見送らせていただく", "■ 理由",
                "県内に事業所がなく、入会要件を満たしていないため。");
        assertThat(mail.htmlBody()).contains("県内に事業所がなく、入会要件を満たしていないため。");
    }

    @Test
    void theOutboxPageNamesBothKinds() {
        assertThat(kinds).contains(new MailKind("membership-approved", "会員登録の承認"),
                new MailKind("membership-declined", "会員登録の見送り"));
    }

    /** Sends the notice and returns the mail it left in the outbox. */
    private OutboxMessage sent(Notice notice) {
        return outbox.find(notifications.send(notice)).orElseThrow();
    }
}
