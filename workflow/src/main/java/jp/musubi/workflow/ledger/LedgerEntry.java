package jp.musubi.workflow.ledger;

import java.time.LocalDate;
import java.util.List;

import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.StoredContact;

/**
 * One line of the ledger.
 *
 * @param withdrawnOn the day (Asia/Tokyo) the organization left, or null while it is a member
 * @param contacts    its private contacts, only when the reader may see them (else empty)
 */
record LedgerEntry(long id, String key, String name, OrganizationKind kind, boolean active, LocalDate joinedOn,
                   LocalDate withdrawnOn, List<String> fields, boolean newsletterOptIn, List<StoredContact> contacts) {

    LedgerEntry {
        fields = List.copyOf(fields);
        contacts = List.copyOf(contacts);
    }

    public String statusLabel() {
        return LedgerTexts.TEXTS.get(active ? "ledger.status.active" : "ledger.status.withdrawn");
    }

    public String newsletterLabel() {
        return LedgerTexts.TEXTS.get(newsletterOptIn ? "ledger.newsletter.yes" : "ledger.newsletter.no");
    }

    LedgerEntry withContacts(List<StoredContact> allContacts) {
        return new LedgerEntry(id, key, name, kind, active, joinedOn, withdrawnOn, fields, newsletterOptIn, allContacts);
    }
}
