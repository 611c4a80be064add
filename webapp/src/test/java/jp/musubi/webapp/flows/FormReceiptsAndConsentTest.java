package jp.musubi.webapp.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.membership.MembershipScreening;
import jp.musubi.workflow.membership.ScreeningDecision;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 21, items 16 and 17: the newsletter is asked for on /join (unchecked, recorded with time and
 * channel, changeable in the portal); /contact and /consultation ask for consent to the privacy policy;
 * every public form mails its sender a receipt.
 */
@MusubiSpringBootTest
class FormReceiptsAndConsentTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    MembershipScreening screening;
    @Autowired
    AccountService accounts;

    @Test
    void joinAsksForTheNewsletterUncheckedAndOnlyAnOptInSubscribes() throws Exception {
        String form = mvc.perform(get("/join")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("会員向けメール（メールマガジン）を受け取る")
                .containsPattern("<input type=\"checkbox\" id=\"field-newsletter\" name=\"newsletter\" value=\"yes\"(?![^>]*checked)[^>]*>");

        String silent = "silent" + (System.nanoTime() % 1_000_000);
        String keen = "keen" + (System.nanoTime() % 1_000_000);
        assertThat(send("/join/submit", join(silent, null)).getStatus()).isEqualTo(302);
        Map<String, String> optIn = join(keen, "yes");
        MockHttpServletResponse confirm = send("/join/confirm", optIn);
        assertThat(HtmlUtils.htmlUnescape(confirm.getContentAsString(StandardCharsets.UTF_8)))
                .contains("会員向けメール（メールマガジン）を受け取る");
        assertThat(send("/join/submit", optIn).getStatus()).isEqualTo(302);

        String silentKey = approve(silent);
        String keenKey = approve(keen);
        assertThat(subscription(silentKey)).containsEntry("NEWSLETTER_OPT_IN", false);
        Map<String, Object> subscribed = subscription(keenKey);
        assertThat(subscribed).containsEntry("NEWSLETTER_OPT_IN", true)
                .containsEntry("NEWSLETTER_CONSENT_CHANNEL", "APPLICATION_FORM");
        assertThat(subscribed.get("NEWSLETTER_CONSENT_AT")).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'form-receipt' AND recipient = ?")
                .param(keen + "@example.jp").query(Long.class).single()).isOne();
    }

    @Test
    void theMemberChangesTheNewsletterInThePortalWithTimeAndChannelRecorded() throws Exception {
        String portal = text(asMember(get("/member")));
        assertThat(portal).contains("会員向けメール（メールマガジン）", "受け取っています");

        MockHttpServletResponse stopped = asMember(post("/member/newsletter"));
        assertThat(stopped.getStatus()).isEqualTo(302);
        try {
            assertThat(subscription("nasuno-denshi")).containsEntry("NEWSLETTER_OPT_IN", false)
                    .containsEntry("NEWSLETTER_CONSENT_CHANNEL", "MEMBER_PORTAL");
            assertThat(text(asMember(get("/member")))).contains("受け取っていません", "会員ページで設定");
        } finally {
            asMember(post("/member/newsletter").param("newsletter", "yes"));
        }
        assertThat(subscription("nasuno-denshi")).containsEntry("NEWSLETTER_OPT_IN", true);
        assertThat(subscription("nasuno-denshi").get("NEWSLETTER_OPTED_OUT_AT")).isNull();
    }

    @Test
    void contactAndConsultationNeedConsentToThePrivacyPolicyAndMailAReceipt() throws Exception {
        String subject = "受付メールの確認 " + System.nanoTime();
        Map<String, String> inquiry = new LinkedHashMap<>(Map.of("name", "問合 花子", "email", "receipt-inquiry@example.jp",
                "subject", subject, "body", "お問い合わせの本文です。"));
        String page = mvc.perform(get("/contact")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("name=\"privacyConsent\"", "href=\"/pages/privacy\"");
        MockHttpServletResponse refused = send("/contact/submit", inquiry);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(text(refused)).contains("プライバシーポリシーに同意するにチェックを入れてください。");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry WHERE subject = ?").param(subject).query(Long.class).single()).isZero();

        inquiry.put("privacyConsent", "yes");
        assertThat(send("/contact/submit", inquiry).getStatus()).isEqualTo(302);
        String receipt = jdbc.sql("SELECT text_body FROM mail_outbox WHERE kind = 'form-receipt' AND recipient = ?")
                .param("receipt-inquiry@example.jp").query(String.class).single();
        assertThat(receipt).contains("「お問い合わせ」", subject, "お問い合わせの本文です。");

        String topic = "受付メールの相談 " + System.nanoTime();
        Map<String, String> consultation = new LinkedHashMap<>(Map.of("organization", "テスト市", "requesterKind",
                "MUNICIPALITY", "contactName", "相談 一郎", "email", "receipt-consult@example.jp", "topic", topic,
                "body", "紙の申請書の転記を減らしたい。"));
        assertThat(send("/consultation/submit", consultation).getStatus()).isEqualTo(400);
        consultation.put("privacyConsent", "yes");
        assertThat(send("/consultation/submit", consultation).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT text_body FROM mail_outbox WHERE kind = 'form-receipt' AND recipient = ?")
                .param("receipt-consult@example.jp").query(String.class).single()).contains(topic);
    }

    private String approve(String loginId) {
        long applicationId = jdbc.sql("SELECT id FROM membership_application WHERE login_id = ?").param(loginId)
                .query(Long.class).single();
        Task task = tasks.createTaskQuery().processDefinitionKey("member-registration")
                .processInstanceBusinessKey(String.valueOf(applicationId)).singleResult();
        screening.complete(task.getId(), new ScreeningDecision(true, true, true, true, null), "secretariat");
        return jdbc.sql("SELECT organization_key FROM membership_application WHERE id = ?").param(applicationId)
                .query(String.class).single();
    }

    private Map<String, Object> subscription(String key) {
        return jdbc.sql("""
                SELECT newsletter_opt_in, newsletter_consent_at, newsletter_consent_channel, newsletter_opted_out_at
                FROM organization WHERE org_key = ?""").param(key).query().singleRow();
    }

    private static Map<String, String> join(String loginId, String newsletter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("organizationName", "株式会社配信同意" + loginId);
        values.put("kind", "COMPANY");
        values.put("summary", "配信の同意を確かめる会社です。");
        values.put("contactName", "同意 太郎");
        values.put("contactEmail", loginId + "@example.jp");
        values.put("contactPhone", "028-000-0000");
        values.put("loginId", loginId);
        values.put("agreement", "yes");
        if (newsletter != null) {
            values.put("newsletter", newsletter);
        }
        return values;
    }

    private MockHttpServletResponse send(String path, Map<String, String> values) throws Exception {
        String address = "10.0.21." + ADDRESS.incrementAndGet();
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        for (Map.Entry<String, String> entry : values.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse asMember(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername("member"))).with(csrf())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
