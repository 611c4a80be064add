package jp.musubi.workflow.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
 * The inquiry's mail 問合せへの回答, rendered from this feature's templates by the notice machinery and read from the outbox
 * (the workflow tests deliver nothing; delivery over SMTP is tested with the machinery in cms-module).
 */
@WorkflowSpringBootTest
class InquiryReplyNoticeTest {

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    List<MailKind> kinds;

    @Test
    void inquiryReplyQuotesTheInquiry() {
        OutboxMessage mail = sent(new InquiryReply("yamamoto@inquiry.example.jp", "山本 直子", "会費について",
                "会費はかかりますか。\n大学の研究室単位でも登録できますか。", Instant.parse("2026-11-20T05:00:00Z"),
                "会費は無料です。研究室単位でのご登録も可能です。"));

        assertThat(mail.subject()).isEqualTo("【DX推進プラットフォーム】お問い合わせへのご回答（会費について）");
        assertThat(mail.textBody()).contains("山本 直子 様", "会費は無料です。", "2026年11月20日（金）14時00分 受付",
                "> 会費はかかりますか。\n> 大学の研究室単位でも登録できますか。");
    }

    @Test
    void theOutboxPageNamesTheKind() {
        assertThat(kinds).contains(new MailKind("inquiry-reply", "お問い合わせへの回答"));
    }

    /** Sends the notice and returns the mail it left in the outbox. */
    private OutboxMessage sent(Notice notice) {
        return outbox.find(notifications.send(notice)).orElseThrow();
    }
}
