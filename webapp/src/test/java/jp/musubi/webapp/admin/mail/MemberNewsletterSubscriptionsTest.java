package jp.musubi.webapp.admin.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.newsletter.NewsletterOptOut;
import jp.musubi.cms.newsletter.NewsletterOptOut.OptOutResult;
import jp.musubi.cms.newsletter.NewsletterRecipient;
import jp.musubi.cms.newsletter.NewsletterRecipients;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The member registry as the newsletter's recipients and opt-out (workflow's implementation, on the demo data). */
@MusubiSpringBootTest
class MemberNewsletterSubscriptionsTest {

    @Autowired
    NewsletterRecipients recipients;

    @Autowired
    NewsletterOptOut optOut;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    JdbcClient jdbc;

    private TemporaryOrganizations temporary;

    @BeforeEach
    void setUp() {
        temporary = new TemporaryOrganizations(organizations, jdbc);
    }

    @AfterEach
    void removeTemporaryOrganizations() {
        temporary.removeAll();
    }

    @Test
    void theRecipientsAreTheActiveMembersWhoOptedIn() {
        List<String> optedIn = organizations.findAll().stream()
                .filter(org -> org.newsletterOptIn() && org.status().equals("ACTIVE"))
                .map(Organization::key).sorted().toList();

        List<NewsletterRecipient> all = recipients.after(null, 1000);

        assertThat(optedIn).hasSize(8);
        assertThat(all).extracting(NewsletterRecipient::key).containsExactlyElementsOf(optedIn);
        assertThat(all).filteredOn(r -> r.key().equals("nasuno-denshi")).singleElement()
                .satisfies(r -> assertThat(r.email()).isEqualTo("sato@nasuno-denshi.example.jp"));
        assertThat(recipients.count()).isEqualTo(8);
    }

    @Test
    void pagesContinueAfterTheLastKeyWithoutGapOrRepeat() {
        List<NewsletterRecipient> paged = new ArrayList<>();
        String after = null;
        List<NewsletterRecipient> page;
        while (!(page = recipients.after(after, 3)).isEmpty()) {
            paged.addAll(page);
            after = page.get(page.size() - 1).key();
        }

        assertThat(paged).containsExactlyElementsOf(recipients.after(null, 1000));
    }

    @Test
    void membersWhoDidNotOptInOrAreNoLongerActiveGetNothing() {
        temporary.add("zz-newsletter-yes", "yes@zz.example.jp", true);
        temporary.add("zz-newsletter-no", "no@zz.example.jp", false);
        temporary.add("zz-newsletter-withdrawn", "withdrawn@zz.example.jp", true);
        jdbc.sql("UPDATE organization SET status = 'WITHDRAWN' WHERE org_key = 'zz-newsletter-withdrawn'").update();

        assertThat(recipients.after("zz", 10)).extracting(NewsletterRecipient::email).containsExactly("yes@zz.example.jp");
    }

    @Test
    void eachRecipientGetsARandomUnsubscribeIdOnceThatIsNotItsPublicKey() {
        temporary.add("zz-newsletter-id-a", "a@zz.example.jp", true);
        temporary.add("zz-newsletter-id-b", "b@zz.example.jp", true);

        List<NewsletterRecipient> first = recipients.after("zz", 10);
        List<NewsletterRecipient> again = recipients.after("zz", 10);

        assertThat(first).extracting(NewsletterRecipient::unsubscribeId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[A-Za-z0-9_-]{22}").doesNotContain("zz-newsletter"));
        assertThat(again).extracting(NewsletterRecipient::unsubscribeId)
                .as("stable: links in mails already sent keep working")
                .containsExactlyElementsOf(first.stream().map(NewsletterRecipient::unsubscribeId).toList());
    }

    @Test
    void optingOutIsRecordedInTheRegistryAndIsIdempotent() {
        temporary.add("zz-newsletter-stop", "stop@zz.example.jp", true);

        String unsubscribeId = TemporaryOrganizations.unsubscribeId(recipients, "zz-newsletter-stop");

        assertThat(optOut.optOut("zz-newsletter-stop")).as("the public organization key is not an unsubscribe id")
                .isEqualTo(OptOutResult.UNKNOWN);
        assertThat(optOut.optOut(unsubscribeId)).isEqualTo(OptOutResult.OPTED_OUT);
        assertThat(optOut.optOut(unsubscribeId)).isEqualTo(OptOutResult.ALREADY_OPTED_OUT);
        assertThat(optOut.optOut("zz-no-such-member")).isEqualTo(OptOutResult.UNKNOWN);

        assertThat(recipients.after("zz", 10)).isEmpty();
        assertThat(jdbc.sql("SELECT newsletter_opt_in FROM organization WHERE org_key = 'zz-newsletter-stop'")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT newsletter_opted_out_at FROM organization WHERE org_key = 'zz-newsletter-stop'")
                .query(java.sql.Timestamp.class).single()).isNotNull();
    }
}
