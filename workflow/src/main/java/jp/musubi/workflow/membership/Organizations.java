package jp.musubi.workflow.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.musubi.cms.input.InputChecks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the member registry's organizations for other features, which never use its repository. */
@Service
public class Organizations {

    private static final String ACTIVE = "ACTIVE";

    private final OrganizationRepository organizations;
    private final MembershipApplicationRepository applications;
    private final MemberRequestRepository requests;
    private final Clock clock;

    Organizations(OrganizationRepository organizations, MembershipApplicationRepository applications,
                  MemberRequestRepository requests, Clock clock) {
        this.organizations = organizations;
        this.applications = applications;
        this.requests = requests;
        this.clock = clock;
    }

    /** The organization with this key whatever its status (a withdrawn one too). */
    @Transactional(readOnly = true)
    public Optional<Organization> find(String key) {
        return key == null || key.isBlank() ? Optional.empty() : organizations.findByKey(key);
    }

    /** The whole registry, members and withdrawn organizations, by name (for the member ledger). */
    @Transactional(readOnly = true)
    public List<RegisteredOrganization> registry() {
        return organizations.registry();
    }

    /** The organization's private contacts with their ids, oldest first. Personal data: staff screens only. */
    @Transactional(readOnly = true)
    public List<StoredContact> contacts(String key) {
        return organizations.storedContacts(key);
    }

    /** Adds a contact; the caller has checked it (the ledger's secretariat screen). */
    @Transactional
    public void addContact(Organization organization, OrganizationContact contact) {
        organizations.addContact(organization.id(), contact);
    }

    /** @return false when the contact is not (any more) the organization's */
    @Transactional
    public boolean updateContact(Organization organization, long contactId, OrganizationContact contact) {
        return organizations.updateContact(organization.id(), contactId, contact);
    }

    /** @return false when the contact is not (any more) the organization's */
    @Transactional
    public boolean removeContact(Organization organization, long contactId) {
        return organizations.deleteContact(organization.id(), contactId);
    }

    /** The secretariat sets the newsletter opt-in (e.g. on the member's written request). */
    @Transactional
    public void setNewsletterOptIn(Organization organization, boolean optIn) {
        organizations.setNewsletterOptIn(organization.id(), optIn);
    }

    /**
     * Enters an organization from an earlier ledger (import): a member with its contacts, or, with
     * {@code withdrawnAt}, a 退会 line without any.
     *
     * @return the organization's id
     */
    @Transactional
    public long registerFromLedger(String key, String name, OrganizationKind kind, LocalDate joinedOn, boolean newsletterOptIn,
                                   List<OrganizationContact> contacts, Instant withdrawnAt) {
        long id = organizations.insert(key, name, kind, joinedOn, withdrawnAt == null && newsletterOptIn,
                contacts.isEmpty() ? null : contacts.get(0));
        for (OrganizationContact contact : contacts.subList(Math.min(1, contacts.size()), contacts.size())) {
            organizations.addContact(id, contact);
        }
        if (withdrawnAt != null) {
            organizations.markWithdrawn(id, withdrawnAt);
        }
        return id;
    }

    /** The membership applications that created this organization (its admission screening). */
    @Transactional(readOnly = true)
    public List<StoredApplication> applications(String key) {
        return applications.forOrganization(key);
    }

    /** The organization's profile change and withdrawal requests, newest first. */
    @Transactional(readOnly = true)
    public List<MemberRequest> requests(String key) {
        return requests.forOrganization(key);
    }

    /** The member's recorded newsletter choice; empty for an unknown key. */
    @Transactional(readOnly = true)
    public Optional<NewsletterConsent> newsletterConsent(String key) {
        return key == null ? Optional.empty() : organizations.newsletterConsent(key);
    }

    /**
     * The member changes its newsletter choice on the portal; recorded with the time and the channel.
     *
     * @throws jp.musubi.cms.input.InputRefused when the organization is no (longer a) member
     */
    @Transactional
    public NewsletterConsent changeNewsletter(String key, boolean optIn) {
        InputChecks checks = new InputChecks();
        checks.check(active(key).isPresent(), "newsletter", MembershipTexts.TEXTS.get("membership.request.memberGone"));
        checks.throwIfAny();
        organizations.recordNewsletterConsent(key, optIn, clock.instant(), NewsletterConsent.CHANNEL_PORTAL);
        return organizations.newsletterConsent(key).orElseThrow();
    }

    /** The organization with this key while it is a member; empty for an unknown key or once it has withdrawn. */
    @Transactional(readOnly = true)
    public Optional<Organization> active(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return organizations.findByKey(key).filter(organization -> ACTIVE.equals(organization.status()));
    }

    /** The contacts of an organization while it is a member (personal data: for mails only, never shown to others). */
    @Transactional(readOnly = true)
    public List<OrganizationContact> activeContacts(String key) {
        return active(key).map(organization -> organizations.contacts(key)).orElse(List.of());
    }

    /**
     * Organizations that joined on a day in {@code [from, to]} (both inclusive, the registry's join
     * dates), withdrawn ones included with their status: the caller decides what it counts.
     */
    @Transactional(readOnly = true)
    public List<Organization> joinedBetween(LocalDate from, LocalDate to) {
        return organizations.joinedBetween(from, to);
    }
}
