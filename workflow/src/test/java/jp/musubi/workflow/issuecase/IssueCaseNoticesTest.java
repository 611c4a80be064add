package jp.musubi.workflow.issuecase;

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
 * The issue case's mails: 取扱判断, 提案の受付 and 選定結果, rendered from this feature's templates by the notice machinery and read from the outbox
 * (the workflow tests deliver nothing; delivery over SMTP is tested with the machinery in cms-module).
 */
@WorkflowSpringBootTest
class IssueCaseNoticesTest {

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    List<MailKind> kinds;

    @Test
    void issueDecisionToTheSubmitter() {
        OutboxMessage mail = sent(new IssueDecisionNotice("kikaku@decision.example.jp", "渡辺 誠", "那須塩原市 企画政策課",
                "除雪車の運行状況を住民に知らせたい", IssueDecision.HANDLE, "他の市町からも参加の意向が寄せられています。"));

        assertThat(mail.subject()).isEqualTo("【DX推進プラットフォーム】ご提出いただいた課題の取扱いについて（除雪車の運行状況を住民に知らせたい）");
        assertThat(mail.textBody()).contains("那須塩原市 企画政策課", "渡辺 誠 様",
                "■ 判断結果：本プラットフォームで取り扱います", "ヒアリング", "■ 県からのコメント", "参加の意向");
    }

    @Test
    void proposalReceived() {
        OutboxMessage mail = sent(new ProposalReceived("takahashi@received.example.jp", "高橋 翔太", "株式会社ひばりノード",
                "除雪車の運行状況を住民に知らせたい", "GPSとLPWAによる除雪車位置の公開", Instant.parse("2026-11-24T01:30:00Z")));

        assertThat(mail.subject()).isEqualTo("【DX推進プラットフォーム】ソリューション提案を受け付けました（除雪車の運行状況を住民に知らせたい）");
        assertThat(mail.textBody()).contains("高橋 翔太 様", "■ 提案名：GPSとLPWAによる除雪車位置の公開",
                "■ 受付日時：2026年11月24日（火）10時30分");
    }

    @Test
    void proposalOutcomeSelectedAndNotSelected() {
        OutboxMessage selected = sent(new ProposalOutcome("selected@outcome.example.jp", "高橋 翔太", "株式会社ひばりノード",
                "除雪車の運行状況", "GPSによる位置公開", true, null));
        OutboxMessage notSelected = sent(new ProposalOutcome("other@outcome.example.jp", "鈴木 美穂", "株式会社二荒インフラテック",
                "除雪車の運行状況", "車載カメラによる路面判定", false, "別の課題でのご提案もお待ちしています。"));

        assertThat(selected.subject()).isEqualTo("【DX推進プラットフォーム】ソリューション提案の選定結果のお知らせ（除雪車の運行状況）");
        assertThat(selected.textBody()).contains("■ 選定結果：選定されました", "個別協議").doesNotContain("選定に至りませんでした");
        assertThat(notSelected.textBody()).contains("■ 選定結果：今回は選定に至りませんでした", "■ 事務局からのコメント",
                "別の課題でのご提案もお待ちしています。").doesNotContain("個別協議");
        assertThat(notSelected.htmlBody()).contains("今回は選定に至りませんでした");
    }

    @Test
    void theOutboxPageNamesTheKinds() {
        assertThat(kinds).contains(new MailKind("issue-decision", "課題の取扱判断"), new MailKind("proposal-received", "提案の受付"),
                new MailKind("proposal-outcome", "提案の選定結果"));
    }

    /** Sends the notice and returns the mail it left in the outbox. */
    private OutboxMessage sent(Notice notice) {
        return outbox.find(notifications.send(notice)).orElseThrow();
    }
}
