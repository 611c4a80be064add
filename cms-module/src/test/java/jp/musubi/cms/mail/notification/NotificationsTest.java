package jp.musubi.cms.mail.notification;

import static jp.musubi.cms.mail.MailTestSupport.decodedSubject;
import static jp.musubi.cms.mail.MailTestSupport.part;
import static jp.musubi.cms.mail.MailTestSupport.rawSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jp.musubi.cms.mail.MailStatus;
import jp.musubi.cms.mail.MailTestSupport;
import jp.musubi.cms.mail.OutboxMessages;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every notification template, end to end: enqueued by {@link Notifications}, delivered by the
 * application's sender to GreenMail (spring.mail.* of the test profile), read as a mail client would.
 */
@CmsSpringBootTest
class NotificationsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void membershipApproved() throws Exception {
        notifications.membershipApproved(new MembershipApproved("sato@approved.example.jp", "佐藤 健一", "株式会社那須野電子", "nasuno"));

        MimeMessage mail = deliveredTo("sato@approved.example.jp");
        assertThat(decodedSubject(mail)).isEqualTo("【DX推進プラットフォーム】会員登録完了のお知らせ");
        assertThat(part(mail, "text/plain")).contains("株式会社那須野電子", "佐藤 健一 様", "会員登録が完了しました",
                "ログインID：nasuno", "http://localhost:8080/login");
        assertThat(part(mail, "text/html")).contains("佐藤 健一", "<strong>会員登録が完了しました</strong>", "href=\"http://localhost:8080/login\"");
    }

    @Test
    void membershipDeclinedTellsTheReason() throws Exception {
        notifications.membershipDeclined(new MembershipDeclined("info@declined.example.jp", "田中 花子", "合同会社テスト",
                "県内に事業所がなく、入会要件を満たしていないため。"));

        MimeMessage mail = deliveredTo("info@declined.example.jp");
        assertThat(decodedSubject(mail)).isEqualTo("【DX推進プラットフォーム】会員登録のお申し込みの審査結果について");
        assertThat(part(mail, "text/plain")).contains("田中 花子 様", "見送らせていただく", "■ 理由",
                "県内に事業所がなく、入会要件を満たしていないため。");
        assertThat(part(mail, "text/html")).contains("県内に事業所がなく、入会要件を満たしていないため。");
    }

    @Test
    void issueDecisionToTheSubmitter() throws Exception {
        notifications.issueDecision(new IssueDecisionNotice("kikaku@decision.example.jp", "渡辺 誠", "那須塩原市 企画政策課",
                "除雪車の運行状況を住民に知らせたい", IssueDecision.HANDLE, "他の市町からも参加の意向が寄せられています。"));

        MimeMessage mail = deliveredTo("kikaku@decision.example.jp");
        assertThat(decodedSubject(mail)).isEqualTo("【DX推進プラットフォーム】ご提出いただいた課題の取扱いについて（除雪車の運行状況を住民に知らせたい）");
        assertThat(part(mail, "text/plain")).contains("那須塩原市 企画政策課", "渡辺 誠 様",
                "■ 判断結果：本プラットフォームで取り扱います", "ヒアリング", "■ 県からのコメント", "参加の意向");
    }

    @Test
    void proposalReceived() throws Exception {
        notifications.proposalReceived(new ProposalReceived("takahashi@received.example.jp", "高橋 翔太", "株式会社ひばりノード",
                "除雪車の運行状況を住民に知らせたい", "GPSとLPWAによる除雪車位置の公開", Instant.parse("2026-11-24T01:30:00Z")));

        MimeMessage mail = deliveredTo("takahashi@received.example.jp");
        assertThat(decodedSubject(mail)).isEqualTo("【DX推進プラットフォーム】ソリューション提案を受け付けました（除雪車の運行状況を住民に知らせたい）");
        assertThat(part(mail, "text/plain")).contains("高橋 翔太 様", "■ 提案名：GPSとLPWAによる除雪車位置の公開",
                "■ 受付日時：2026年11月24日（火）10時30分");
    }

    @Test
    void proposalOutcomeSelectedAndNotSelected() throws Exception {
        notifications.proposalOutcome(new ProposalOutcome("selected@outcome.example.jp", "高橋 翔太", "株式会社ひばりノード",
                "除雪車の運行状況", "GPSによる位置公開", true, null));
        notifications.proposalOutcome(new ProposalOutcome("other@outcome.example.jp", "鈴木 美穂", "株式会社二荒インフラテック",
                "除雪車の運行状況", "車載カメラによる路面判定", false, "別の課題でのご提案もお待ちしています。"));

        MimeMessage selected = deliveredTo("selected@outcome.example.jp");
        MimeMessage notSelected = MailTestSupport.to(greenMail.getReceivedMessages(), "other@outcome.example.jp").get(0);
        assertThat(decodedSubject(selected)).isEqualTo("【DX推進プラットフォーム】ソリューション提案の選定結果のお知らせ（除雪車の運行状況）");
        assertThat(part(selected, "text/plain")).contains("■ 選定結果：選定されました", "個別協議").doesNotContain("選定に至りませんでした");
        assertThat(part(notSelected, "text/plain")).contains("■ 選定結果：今回は選定に至りませんでした", "■ 事務局からのコメント",
                "別の課題でのご提案もお待ちしています。").doesNotContain("個別協議");
        assertThat(part(notSelected, "text/html")).contains("今回は選定に至りませんでした");
    }

    @Test
    void inquiryReplyQuotesTheInquiry() throws Exception {
        notifications.inquiryReply(new InquiryReply("yamamoto@inquiry.example.jp", "山本 直子", "会費について",
                "会費はかかりますか。\n大学の研究室単位でも登録できますか。", Instant.parse("2026-11-20T05:00:00Z"),
                "会費は無料です。研究室単位でのご登録も可能です。"));

        MimeMessage mail = deliveredTo("yamamoto@inquiry.example.jp");
        assertThat(decodedSubject(mail)).isEqualTo("【DX推進プラットフォーム】お問い合わせへのご回答（会費について）");
        assertThat(part(mail, "text/plain")).contains("山本 直子 様", "会費は無料です。", "2026年11月20日（金）14時00分 受付",
                "> 会費はかかりますか。\n> 大学の研究室単位でも登録できますか。");
    }

    @Test
    void taskAssigned() throws Exception {
        notifications.taskAssigned(new TaskAssigned("secretariat@task.example.jp", "結城 事務子", "課題整理ヒアリングの実施",
                "除雪車の運行状況を住民に知らせたい", LocalDate.of(2026, 11, 30), "/inbox/tasks/42"));

        MimeMessage mail = deliveredTo("secretariat@task.example.jp");
        assertThat(decodedSubject(mail)).isEqualTo("【DX推進プラットフォーム】タスクが割り当てられました：課題整理ヒアリングの実施");
        assertThat(part(mail, "text/plain")).contains("結城 事務子 様", "■ 期限：2026年11月30日（月）",
                "http://localhost:8080/inbox/tasks/42");
        assertThat(part(mail, "text/html")).contains("href=\"http://localhost:8080/inbox/tasks/42\"");
    }

    @Test
    void aRolledBackWorkflowStepSendsNothing() throws Exception {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            notifications.taskAssigned(new TaskAssigned("rollback@task.example.jp", "結城 事務子", "承認", "記事", null, "/inbox"));
            throw new IllegalStateException("the task could not be completed");
        })).isInstanceOf(IllegalStateException.class);
        long committed = transactions.execute(status ->
                notifications.taskAssigned(new TaskAssigned("commit@task.example.jp", "結城 事務子", "承認", "記事", null, "/inbox")));

        sender.sendDue();

        assertThat(MailTestSupport.countPerRecipient(greenMail.getReceivedMessages()))
                .containsKey("commit@task.example.jp").doesNotContainKey("rollback@task.example.jp");
        assertThat(outbox.find(committed).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void everyMailIsMultipartAlternativeUtf8WithAnEncodedSubject() throws Exception {
        notifications.membershipApproved(new MembershipApproved("mime@approved.example.jp", "佐藤 健一", "株式会社那須野電子", null));

        MimeMessage mail = deliveredTo("mime@approved.example.jp");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        assertThat(rawSubject(mail)).startsWith("=?UTF-8?").doesNotContain("会員登録");
        assertThat(part(mail, "text/plain")).doesNotContain("ログインID");
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
