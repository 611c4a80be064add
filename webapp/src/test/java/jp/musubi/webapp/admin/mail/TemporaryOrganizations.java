package jp.musubi.webapp.admin.mail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.newsletter.NewsletterRecipient;
import jp.musubi.cms.newsletter.NewsletterRecipients;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Member organizations a test adds to the shared demo registry and removes again afterwards, so
 * that the demo data other tests count stays as it was.
 */
final class TemporaryOrganizations {

    private final OrganizationRepository organizations;
    private final JdbcClient jdbc;
    private final List<String> keys = new ArrayList<>();

    TemporaryOrganizations(OrganizationRepository organizations, JdbcClient jdbc) {
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    void add(String key, String email, boolean newsletterOptIn) {
        organizations.insert(key, "テスト組織 " + key, OrganizationKind.COMPANY, LocalDate.of(2026, 11, 1), newsletterOptIn,
                new OrganizationContact("テスト 担当", email, null));
        keys.add(key);
    }

    /** The unsubscribe id the member registry gives a recipient (assigned when it is first listed as one). */
    static String unsubscribeId(NewsletterRecipients recipients, String key) {
        return recipients.after(null, 10_000).stream().filter(recipient -> recipient.key().equals(key))
                .map(NewsletterRecipient::unsubscribeId).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not a newsletter recipient"));
    }

    void removeAll() {
        for (String key : keys) {
            jdbc.sql("DELETE FROM organization WHERE org_key = ?").param(key).update();
        }
        keys.clear();
    }
}
