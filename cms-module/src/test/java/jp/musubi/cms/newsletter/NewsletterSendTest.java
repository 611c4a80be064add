package jp.musubi.cms.newsletter;

import static jp.musubi.cms.mail.MailTestSupport.countPerRecipient;
import static jp.musubi.cms.mail.MailTestSupport.decodedSubject;
import static jp.musubi.cms.mail.MailTestSupport.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jp.musubi.cms.mail.MailTestSupport;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.support.CmsSpringBootTest;
import jp.musubi.cms.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The member newsletter end to end in the application context: an article is published, a send
 * started, recipients enqueued, mails delivered to GreenMail, and a member unsubscribes with the
 * link from the mail.
 */
@CmsSpringBootTest
class NewsletterSendTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    /**
     * cms-module's tests run with Spring Security's defaults (login required for every page); the
     * real rule — open to everyone, one-click POST without CSRF token — is tested in the webapp.
     */
    private static final RequestPostProcessor VISITOR = authentication(
            new TestingAuthenticationToken(new Visitor(), null, "ROLE_MEMBER"));

    /** What the shared layout reads of a logged-in user. */
    public static final class Visitor {
        public String getDisplayName() {
            return "会員 太郎";
        }
    }

    @Autowired
    NewsletterSends sends;

    @Autowired
    NewsletterEnqueuer enqueuer;

    @Autowired
    NewsletterProgress progress;

    @Autowired
    OutboxSender sender;

    @Autowired
    TestMembers members;

    @Autowired
    TestPublishedContent.Articles articles;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void members() {
        members.reset(List.of(
                new TestMembers.Member("nasuno-denshi", "sato@nasuno-denshi.example.jp", "株式会社那須野電子", true),
                new TestMembers.Member("futara-infratech", "m.suzuki@futara-infratech.example.jp", "株式会社二荒インフラテック", true),
                new TestMembers.Member("hibari-node", "takahashi@hibari-node.example.jp", "株式会社ひばりノード", true),
                new TestMembers.Member("oruri-agri", "info@oruri-agri.example.jp", "株式会社おおるりアグリシステム", false),
                new TestMembers.Member("kinugawa-lab", "lab@kinugawa.example.ac.jp", "鬼怒川大学 情報工学研究室", false)));
    }

    /** Nothing a test started is left for the next one's sender. */
    @AfterEach
    void drain() {
        enqueuer.resumeAll();
        sender.sendDue();
    }

    @Test
    void theNewsletterReachesOptedInMembersOnlyOnceEachAndTheSendCompletes() throws Exception {
        publish("newsletter-opt-in", 1);
        Instant before = Instant.now().minusSeconds(1);
        long completedBefore = progress.countSends(before, before.plus(Duration.ofHours(1)));

        NewsletterSend send = sends.start("newsletter-opt-in", "secretariat");
        assertThat(send.status()).isEqualTo(NewsletterSendStatus.PREPARING);
        assertThat(send.total()).isEqualTo(3);
        enqueuer.resumeAll();
        sender.sendDue();
        progress.refresh();

        Map<String, Long> perRecipient = countPerRecipient(greenMail.getReceivedMessages());
        assertThat(perRecipient).containsOnly(Map.entry("sato@nasuno-denshi.example.jp", 1L),
                Map.entry("m.suzuki@futara-infratech.example.jp", 1L), Map.entry("takahashi@hibari-node.example.jp", 1L));
        NewsletterSend done = sends.find(send.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(NewsletterSendStatus.COMPLETED);
        assertThat(done.enqueued()).isEqualTo(3);
        assertThat(done.sent()).isEqualTo(3);
        assertThat(done.createdBy()).isEqualTo("secretariat");
        assertThat(progress.countSends(before, before.plus(Duration.ofHours(1)))).isEqualTo(completedBefore + 1);
        assertThat(progress.countSends(Instant.parse("2020-04-01T00:00:00+09:00"), Instant.parse("2021-04-01T00:00:00+09:00")))
                .as("another fiscal year").isZero();
    }

    @Test
    void theMailHasTheArticlesContentAndOneClickUnsubscribeHeaders() throws Exception {
        publish("newsletter-content", 1);

        sends.start("newsletter-content", "secretariat");
        enqueuer.resumeAll();
        sender.sendDue();

        MimeMessage mail = MailTestSupport.to(greenMail.getReceivedMessages(), "sato@nasuno-denshi.example.jp").get(0);
        assertThat(decodedSubject(mail)).isEqualTo("【DX推進プラットフォーム】会員向けセミナーのご案内 newsletter-content");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        assertThat(part(mail, "text/html")).contains("会員向けセミナーのご案内", "オンラインで開催します。",
                "<h2>申込方法</h2>", "http://localhost:8080/articles/newsletter-content");
        assertThat(part(mail, "text/plain")).contains("■ 会員向けセミナーのご案内", "オンラインで開催します。", "■ 申込方法",
                "http://localhost:8080/articles/newsletter-content", "配信の停止を希望される場合");
        assertThat(mail.getHeader("List-Unsubscribe", null)).matches("<http://localhost:8080/newsletter/unsubscribe\\?token=[A-Za-z0-9_.-]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void aRevisionIsSentOnlyOnceAndAnUnpublishedArticleNotAtAll() {
        publish("newsletter-twice", 1);
        sends.start("newsletter-twice", "secretariat");

        assertThatThrownBy(() -> sends.start("newsletter-twice", "admin"))
                .isInstanceOf(NewsletterException.class)
                .hasMessageContaining("この記事（第1版）はすでに配信しています。");
        assertThatThrownBy(() -> sends.start("no-such-article", "admin"))
                .isInstanceOf(NewsletterException.class)
                .hasMessage("公開中の記事が見つかりません。記事が公開されているかご確認ください。");
        assertThat(sends.articles()).filteredOn(choice -> choice.name().equals("newsletter-twice")).singleElement()
                .satisfies(choice -> assertThat(choice.alreadySent()).isTrue());
    }

    @Test
    void aMemberUnsubscribesWithTheLinkFromTheMailAndGetsNoFurtherNewsletter() throws Exception {
        publish("newsletter-unsubscribe", 1);
        sends.start("newsletter-unsubscribe", "secretariat");
        enqueuer.resumeAll();
        sender.sendDue();
        MimeMessage mail = MailTestSupport.to(greenMail.getReceivedMessages(), "takahashi@hibari-node.example.jp").get(0);
        String link = mail.getHeader("List-Unsubscribe", null).replaceAll("[<>]", "");
        String token = URI.create(link).getQuery().substring("token=".length());
        assertThat(new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8))
                .as("the token names the member's random unsubscribe id, not its public key")
                .isEqualTo(members.unsubscribeId("hibari-node"));

        mvc.perform(get("/newsletter/unsubscribe").param("token", token).with(VISITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("配信を停止する")));
        assertThat(members.optedIn("hibari-node")).as("opening the link alone changes nothing").isTrue();

        // What a mail client sends for RFC 8058 one-click unsubscribe.
        mvc.perform(post("/newsletter/unsubscribe").queryParam("token", token).param("List-Unsubscribe", "One-Click")
                        .with(VISITOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("会員向けメール配信を停止しました。")));
        assertThat(members.optedIn("hibari-node")).isFalse();

        mvc.perform(post("/newsletter/unsubscribe").param("token", token).with(VISITOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("すでに配信停止済みです")));

        greenMail.purgeEmailFromAllMailboxes();
        publish("newsletter-unsubscribe", 2);
        sends.start("newsletter-unsubscribe", "secretariat");
        enqueuer.resumeAll();
        sender.sendDue();
        assertThat(countPerRecipient(greenMail.getReceivedMessages()))
                .containsOnlyKeys("sato@nasuno-denshi.example.jp", "m.suzuki@futara-infratech.example.jp");
    }

    /** Security issue #22: links made without the member's mail, from the public organization key. */
    @Test
    void anOldFormatTokenOverThePublicOrganizationKeyIsRefusedAndTheMemberStaysSubscribed() throws Exception {
        for (String secret : List.of(OldFormatTokens.OLD_DEVELOPMENT_SECRET, "cms-module-test-secret-0123456789")) {
            String forged = OldFormatTokens.forge(secret, "hibari-node");

            mvc.perform(post("/newsletter/unsubscribe").queryParam("token", forged).param("List-Unsubscribe", "One-Click")
                            .with(VISITOR).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("配信停止のリンクが正しくありません。")));
            mvc.perform(get("/newsletter/unsubscribe").param("token", forged).with(VISITOR))
                    .andExpect(status().isBadRequest());
        }
        assertThat(members.optedIn("hibari-node")).isTrue();
    }

    @Test
    void aForgedOrMissingTokenGetsAJapanese400Page() throws Exception {
        mvc.perform(get("/newsletter/unsubscribe").param("token", "bm9ib2R5.Zm9yZ2Vk").with(VISITOR))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("配信停止のリンクが正しくありません。")));
        mvc.perform(post("/newsletter/unsubscribe").with(VISITOR).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("配信停止のリンクが正しくありません。")));
    }

    private void publish(String name, int revision) {
        articles.publish(name, revision, Map.of(
                "title", "会員向けセミナーのご案内 " + name,
                "lead", "生成AIの業務活用をテーマに、オンラインで開催します。",
                "body", "<p>参加費は無料です。</p><h2>申込方法</h2><p>ウェブサイトのフォームからお申し込みください。</p>",
                "newsletter", true));
    }
}
