package jp.musubi.workflow.ledger;

import static jp.musubi.workflow.ledger.LedgerTexts.TEXTS;

import java.time.Clock;

import jp.musubi.cms.audit.AuditAction;
import jp.musubi.cms.audit.AuditLog;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.membership.MemberRequests;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.Organizations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's changes to a member's line: contacts and newsletter opt-in, each checked against
 * the version the editing page showed (a stale edit is refused, nothing stored), written to the
 * history and, for contacts, to the audit log — all in one transaction. Withdrawal goes through
 * membership's own request, which the secretariat then confirms in the inbox.
 */
@Service
class LedgerEdits {

    static final int MAX_NAME = 100;
    static final int MAX_PHONE = 30;

    private final Organizations organizations;
    private final MemberRequests memberRequests;
    private final LedgerStore store;
    private final AuditLog audit;
    private final Clock clock;

    LedgerEdits(Organizations organizations, MemberRequests memberRequests, LedgerStore store, AuditLog audit, Clock clock) {
        this.organizations = organizations;
        this.memberRequests = memberRequests;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void addContact(String key, long version, OrganizationContact contact, String user) {
        OrganizationContact checked = checked(contact);
        Organization org = editable(key, version);
        organizations.addContact(org, checked);
        changed(key, user, TEXTS.get("ledger.change.contactAdded"));
    }

    @Transactional
    void updateContact(String key, long version, long contactId, OrganizationContact contact, String user) {
        OrganizationContact checked = checked(contact);
        Organization org = editable(key, version);
        if (!organizations.updateContact(org, contactId, checked)) {
            throw new StaleLedgerEdit();
        }
        changed(key, user, TEXTS.get("ledger.change.contactChanged"));
    }

    @Transactional
    void removeContact(String key, long version, long contactId, String user) {
        Organization org = editable(key, version);
        if (organizations.contacts(key).size() <= 1) {
            throw InputRefused.general(TEXTS.get("ledger.edit.lastContact"));
        }
        if (!organizations.removeContact(org, contactId)) {
            throw new StaleLedgerEdit();
        }
        changed(key, user, TEXTS.get("ledger.change.contactRemoved"));
    }

    @Transactional
    void setNewsletterOptIn(String key, long version, boolean optIn, String user) {
        Organization org = editable(key, version);
        if (org.newsletterOptIn() == optIn) {
            return;
        }
        organizations.setNewsletterOptIn(org, optIn);
        store.change(key, user, TEXTS.get("ledger.change.newsletter",
                TEXTS.get(org.newsletterOptIn() ? "ledger.newsletter.yes" : "ledger.newsletter.no"),
                TEXTS.get(optIn ? "ledger.newsletter.yes" : "ledger.newsletter.no")), clock.instant());
    }

    /** Starts membership's withdrawal (退会) for the member; confirmed by the secretariat in the inbox. */
    @Transactional
    void requestWithdrawal(String key, long version, String reason, String user) {
        editable(key, version);
        memberRequests.requestWithdrawal(key, reason, user);
        store.change(key, user, TEXTS.get("ledger.change.withdrawalRequested"), clock.instant());
    }

    private Organization editable(String key, long version) {
        Organization org = organizations.find(key).orElseThrow(MemberNotFound::new);
        if (!"ACTIVE".equals(org.status())) {
            throw InputRefused.general(TEXTS.get("ledger.edit.withdrawn"));
        }
        if (!store.bump(key, version, clock.instant())) {
            throw new StaleLedgerEdit();
        }
        return org;
    }

    private void changed(String key, String user, String what) {
        store.change(key, user, what, clock.instant());
        audit.record(user, AuditAction.PERSONAL_DATA_CHANGE, "member:" + key, what);
    }

    static OrganizationContact checked(OrganizationContact contact) {
        InputChecks checks = new InputChecks();
        String name = checks.required("personName", TEXTS.get("ledger.contact.name"), contact.personName(), MAX_NAME);
        String email = checks.email("email", contact.email());
        String phone = checks.optional("phone", TEXTS.get("ledger.contact.phone"), contact.phone(), MAX_PHONE);
        if (phone != null && !phone.matches("[0-9０-９+()\\- ]+")) {
            checks.add("phone", TEXTS.get("ledger.contact.phoneFormat"));
        }
        checks.throwIfAny();
        return new OrganizationContact(name, email, phone);
    }
}
