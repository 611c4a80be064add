package jp.musubi.workflow.membership;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The member registry's organizations and contacts. */
@Repository
public class OrganizationRepository {

    private final JdbcClient jdbc;

    public OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String key, String name, OrganizationKind kind, java.time.LocalDate joinedOn,
                       boolean newsletterOptIn, OrganizationContact contact) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO organization (org_key, name, kind, status, joined_on, newsletter_opt_in, created_at)
                VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?)
                """)
                .params(key, name, kind.name(), joinedOn == null ? null : Date.valueOf(joinedOn),
                        newsletterOptIn, Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (contact != null) {
            jdbc.sql("INSERT INTO organization_contact (organization_id, person_name, email, phone) VALUES (?, ?, ?, ?)")
                    .params(id, contact.personName(), contact.email(), contact.phone()).update();
        }
        return id;
    }

    public List<Organization> findAll() {
        return jdbc.sql("SELECT id, org_key, name, kind, status, joined_on, newsletter_opt_in FROM organization ORDER BY name")
                .query((rs, n) -> new Organization(rs.getLong("id"), rs.getString("org_key"), rs.getString("name"),
                        OrganizationKind.valueOf(rs.getString("kind")), rs.getString("status"),
                        rs.getDate("joined_on") == null ? null : rs.getDate("joined_on").toLocalDate(),
                        rs.getBoolean("newsletter_opt_in")))
                .list();
    }

    public List<Organization> joinedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                SELECT id, org_key, name, kind, status, joined_on, newsletter_opt_in FROM organization
                WHERE joined_on >= ? AND joined_on <= ? ORDER BY joined_on, id
                """)
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new Organization(rs.getLong("id"), rs.getString("org_key"), rs.getString("name"),
                        OrganizationKind.valueOf(rs.getString("kind")), rs.getString("status"),
                        rs.getDate("joined_on").toLocalDate(), rs.getBoolean("newsletter_opt_in")))
                .list();
    }

    public java.util.Optional<Organization> findByKey(String key) {
        return jdbc.sql("SELECT id, org_key, name, kind, status, joined_on, newsletter_opt_in FROM organization WHERE org_key = ?")
                .param(key)
                .query((rs, n) -> new Organization(rs.getLong("id"), rs.getString("org_key"), rs.getString("name"),
                        OrganizationKind.valueOf(rs.getString("kind")), rs.getString("status"),
                        rs.getDate("joined_on") == null ? null : rs.getDate("joined_on").toLocalDate(),
                        rs.getBoolean("newsletter_opt_in")))
                .optional();
    }

    public List<OrganizationContact> contacts(String key) {
        return jdbc.sql("""
                SELECT c.person_name, c.email, c.phone FROM organization_contact c
                JOIN organization o ON o.id = c.organization_id WHERE o.org_key = ? ORDER BY c.id
                """)
                .param(key)
                .query((rs, n) -> new OrganizationContact(rs.getString("person_name"), rs.getString("email"), rs.getString("phone")))
                .list();
    }

    /** Sets the organization's newsletter choice with when and through which channel it was made. */
    void recordNewsletterConsent(String key, boolean optIn, Instant at, String channel) {
        // Two plain statements rather than a CASE over parameters, whose type PostgreSQL cannot infer.
        jdbc.sql("""
                UPDATE organization SET newsletter_opt_in = ?, newsletter_consent_at = ?, newsletter_consent_channel = ?,
                    newsletter_opted_out_at = ?
                WHERE org_key = ?
                """).params(optIn, Timestamp.from(at), channel, optIn ? null : Timestamp.from(at), key).update();
    }

    Optional<NewsletterConsent> newsletterConsent(String key) {
        return jdbc.sql("""
                SELECT newsletter_opt_in, newsletter_consent_at, newsletter_consent_channel, newsletter_opted_out_at
                FROM organization WHERE org_key = ?""").param(key)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("newsletter_consent_at");
                    Timestamp out = rs.getTimestamp("newsletter_opted_out_at");
                    return new NewsletterConsent(rs.getBoolean("newsletter_opt_in"), at == null ? null : at.toInstant(),
                            rs.getString("newsletter_consent_channel"), out == null ? null : out.toInstant());
                }).optional();
    }

    /** 退会: deletes the organization's contacts (personal data), stops its newsletter and marks it WITHDRAWN. */
    public void withdraw(String key, Instant at) {
        jdbc.sql("DELETE FROM organization_contact WHERE organization_id = (SELECT id FROM organization WHERE org_key = ?)")
                .param(key).update();
        jdbc.sql("UPDATE organization SET status = 'WITHDRAWN', newsletter_opt_in = FALSE, withdrawn_at = ? WHERE org_key = ?")
                .params(Timestamp.from(at), key).update();
    }

    /** Every organization with its withdrawal time (null while a member), by name. */
    public List<RegisteredOrganization> registry() {
        return jdbc.sql("SELECT id, org_key, name, kind, status, joined_on, newsletter_opt_in, withdrawn_at FROM organization ORDER BY name, org_key")
                .query((rs, n) -> new RegisteredOrganization(new Organization(rs.getLong("id"), rs.getString("org_key"),
                        rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind")), rs.getString("status"),
                        rs.getDate("joined_on") == null ? null : rs.getDate("joined_on").toLocalDate(),
                        rs.getBoolean("newsletter_opt_in")),
                        rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant()))
                .list();
    }

    public List<StoredContact> storedContacts(String key) {
        return jdbc.sql("""
                SELECT c.id, c.person_name, c.email, c.phone FROM organization_contact c
                JOIN organization o ON o.id = c.organization_id WHERE o.org_key = ? ORDER BY c.id
                """)
                .param(key)
                .query((rs, n) -> new StoredContact(rs.getLong("id"),
                        new OrganizationContact(rs.getString("person_name"), rs.getString("email"), rs.getString("phone"))))
                .list();
    }

    public void addContact(long organizationId, OrganizationContact contact) {
        jdbc.sql("INSERT INTO organization_contact (organization_id, person_name, email, phone) VALUES (?, ?, ?, ?)")
                .params(organizationId, contact.personName(), contact.email(), contact.phone()).update();
    }

    /** @return whether the contact exists and belongs to the organization */
    public boolean updateContact(long organizationId, long contactId, OrganizationContact contact) {
        return jdbc.sql("UPDATE organization_contact SET person_name = ?, email = ?, phone = ? WHERE id = ? AND organization_id = ?")
                .params(contact.personName(), contact.email(), contact.phone(), contactId, organizationId).update() == 1;
    }

    /** @return whether the contact existed and belonged to the organization */
    public boolean deleteContact(long organizationId, long contactId) {
        return jdbc.sql("DELETE FROM organization_contact WHERE id = ? AND organization_id = ?")
                .params(contactId, organizationId).update() == 1;
    }

    public void setNewsletterOptIn(long organizationId, boolean optIn) {
        jdbc.sql("UPDATE organization SET newsletter_opt_in = ?, newsletter_opted_out_at = NULL WHERE id = ?")
                .params(optIn, organizationId).update();
    }

    /** An organization that had already left when its line was imported from an earlier ledger: no contacts. */
    public void markWithdrawn(long organizationId, Instant at) {
        jdbc.sql("UPDATE organization SET status = 'WITHDRAWN', newsletter_opt_in = FALSE, withdrawn_at = ? WHERE id = ?")
                .params(Timestamp.from(at), organizationId).update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM organization").query(Long.class).single();
    }
}
