package jp.musubi.workflow.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import jp.musubi.cms.newsletter.NewsletterOptOut;
import jp.musubi.cms.newsletter.NewsletterRecipient;
import jp.musubi.cms.newsletter.NewsletterRecipients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member newsletter's view of the member registry: active organizations that opted in, each
 * reached at its (first) contact's address, and the opt-out the member does from the link in a
 * newsletter. The subscription key is the organization's key (public: member pages and the delivery
 * API show it); unsubscribe links name the organization's random {@code newsletter_unsubscribe_id}
 * instead, which appears nowhere else.
 */
@Component
class MemberNewsletterSubscriptions implements NewsletterRecipients, NewsletterOptOut {

    private static final String SUBSCRIBED = """
            FROM organization o
            JOIN organization_contact c
              ON c.id = (SELECT MIN(first_contact.id) FROM organization_contact first_contact
                         WHERE first_contact.organization_id = o.id)
            WHERE o.status = 'ACTIVE' AND o.newsletter_opt_in = TRUE
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberNewsletterSubscriptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<NewsletterRecipient> after(String afterKey, int limit) {
        String from = afterKey == null ? "" : "AND o.org_key > :after ";
        var query = jdbc.sql("SELECT o.id, o.org_key, o.name, o.newsletter_unsubscribe_id, c.email " + SUBSCRIBED + from
                        + "ORDER BY o.org_key LIMIT :limit")
                .param("limit", limit);
        if (afterKey != null) {
            query = query.param("after", afterKey);
        }
        return query.query((rs, row) -> new Subscribed(rs.getLong("id"), rs.getString("org_key"), rs.getString("email"),
                        rs.getString("name"), rs.getString("newsletter_unsubscribe_id")))
                .list().stream()
                .map(s -> new NewsletterRecipient(s.key(), s.email(), s.name(),
                        s.unsubscribeId() != null ? s.unsubscribeId() : assignUnsubscribeId(s.organizationId())))
                .toList();
    }

    /**
     * Gives an organization its unsubscribe id the first time it is a recipient (organizations from
     * before the column have none). Conditional, so that of two concurrent callers one id wins and both
     * return it.
     */
    private String assignUnsubscribeId(long organizationId) {
        jdbc.sql("UPDATE organization SET newsletter_unsubscribe_id = ? WHERE id = ? AND newsletter_unsubscribe_id IS NULL")
                .params(NewsletterRecipient.newUnsubscribeId(), organizationId)
                .update();
        return jdbc.sql("SELECT newsletter_unsubscribe_id FROM organization WHERE id = ?").param(organizationId)
                .query(String.class).single();
    }

    private record Subscribed(long organizationId, String key, String email, String name, String unsubscribeId) {
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) " + SUBSCRIBED).query(Long.class).single();
    }

    @Override
    @Transactional
    public OptOutResult optOut(String unsubscribeId) {
        int changed = jdbc.sql("UPDATE organization SET newsletter_opt_in = FALSE, newsletter_opted_out_at = ? "
                        + "WHERE newsletter_unsubscribe_id = ? AND newsletter_opt_in = TRUE")
                .params(Timestamp.from(clock.instant()), unsubscribeId)
                .update();
        if (changed > 0) {
            return OptOutResult.OPTED_OUT;
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM organization WHERE newsletter_unsubscribe_id = ?").param(unsubscribeId)
                .query(Long.class).single() > 0;
        return exists ? OptOutResult.ALREADY_OPTED_OUT : OptOutResult.UNKNOWN;
    }
}
