package jp.musubi.workflow.ledger;

import java.time.LocalDate;

import jp.musubi.workflow.membership.OrganizationKind;

/**
 * The ledger search; every filter optional (null = any).
 *
 * @param text   part of the name or 会員番号
 * @param active true: members, false: 退会
 * @param from   joined on or after
 * @param to     joined on or before
 * @param field  one 活用分野, exact
 */
record LedgerFilter(String text, OrganizationKind kind, Boolean active, LocalDate from, LocalDate to, String field, int page) {

    boolean matches(LedgerEntry entry) {
        if (text != null && !entry.name().contains(text) && !entry.key().contains(text)) {
            return false;
        }
        if (kind != null && entry.kind() != kind) {
            return false;
        }
        if (active != null && entry.active() != active) {
            return false;
        }
        if (from != null && (entry.joinedOn() == null || entry.joinedOn().isBefore(from))) {
            return false;
        }
        if (to != null && (entry.joinedOn() == null || entry.joinedOn().isAfter(to))) {
            return false;
        }
        return field == null || entry.fields().contains(field);
    }
}
