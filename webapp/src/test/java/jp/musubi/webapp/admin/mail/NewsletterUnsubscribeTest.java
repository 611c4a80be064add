package jp.musubi.webapp.admin.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.musubi.cms.newsletter.NewsletterRecipient;
import jp.musubi.cms.newsletter.NewsletterRecipients;
import jp.musubi.cms.newsletter.UnsubscribeTokens;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Unsubscribing from the newsletter as a member does it: not logged in, from the link in the mail,
 * and as RFC 8058 one-click from a mail client (a POST without any CSRF token).
 */
@MusubiSpringBootTest
class NewsletterUnsubscribeTest {

    private static final String KEY = "zz-unsubscribe-member";

    @Autowired
    MockMvc mvc;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    NewsletterRecipients recipients;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private TemporaryOrganizations temporary;

    @BeforeEach
    void member() {
        temporary = new TemporaryOrganizations(organizations, jdbc);
        temporary.add(KEY, "member@zz-unsubscribe.example.jp", true);
    }

    @AfterEach
    void removeMember() {
        temporary.removeAll();
    }

    @Test
    void theLinkAsksForConfirmationAndTheOneClickPostUnsubscribesOnce() throws Exception {
        String token = tokens.issue(TemporaryOrganizations.unsubscribeId(recipients, KEY));

        mvc.perform(get("/newsletter/unsubscribe").param("token", token))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("会員向けメール配信を停止します。")))
                .andExpect(content().string(containsString("配信を停止する")));
        assertThat(subscribed()).as("opening the link alone changes nothing").isTrue();

        mvc.perform(post("/newsletter/unsubscribe").queryParam("token", token).param("List-Unsubscribe", "One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("会員向けメール配信を停止しました。")));
        assertThat(subscribed()).isFalse();

        mvc.perform(post("/newsletter/unsubscribe").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("すでに配信停止済みです")));
    }

    @Test
    void aForgedTokenGetsAJapanese400PageAndChangesNothing() throws Exception {
        String forged = tokens.issue(TemporaryOrganizations.unsubscribeId(recipients, KEY)).replaceFirst("\\.(.)", ".A$1");

        mvc.perform(post("/newsletter/unsubscribe").param("token", forged))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("配信停止のリンクが正しくありません。")));
        mvc.perform(get("/newsletter/unsubscribe"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("配信停止のリンクが正しくありません。")));
        assertThat(subscribed()).isTrue();
    }

    /**
     * Security issue #22: the organization key is public (member pages, delivery API), so a token over
     * it — the first token format — is refused even when signed with the right secret.
     */
    @Test
    void aTokenOverThePublicOrganizationKeyIsRefusedAndChangesNothing() throws Exception {
        for (String secret : new String[]{"webapp-test-unsubscribe-secret-0123",
                "musubi-embedded-default-unsubscribe-secret-not-for-production"}) {
            mvc.perform(post("/newsletter/unsubscribe").queryParam("token", oldFormatToken(secret, KEY))
                            .param("List-Unsubscribe", "One-Click"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("配信停止のリンクが正しくありません。")));
        }
        // Even signed in the new format, the public key names no subscription.
        mvc.perform(post("/newsletter/unsubscribe").param("token", tokens.issue(KEY)));
        assertThat(subscribed()).isTrue();
    }

    @Test
    void theCsrfExemptionIsThisPathOnly() throws Exception {
        mvc.perform(post("/admin/newsletters").param("article", "x").with(user(accounts.loadUserByUsername("secretariat"))))
                .andExpect(status().isForbidden());
    }

    /** HMAC-SHA256 over the organization key, as unsubscribe links were signed before issue #22. */
    private static String oldFormatToken(String secret, String organizationKey) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(organizationKey.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(mac.doFinal(("musubi-newsletter-unsubscribe:" + organizationKey).getBytes(StandardCharsets.UTF_8)));
    }

    private boolean subscribed() {
        return recipients.after("zz", 100).stream().map(NewsletterRecipient::key).anyMatch(KEY::equals);
    }
}
