package jp.musubi.workflow.ledger;

import static jp.musubi.workflow.ledger.LedgerTexts.TEXTS;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.StoredContact;

/**
 * The ledger's columns, the same in exports and imports: the line's items, then for each contact
 * 担当者N氏名, 担当者Nメール, 担当者N電話 (only for a reader who may see contacts).
 */
final class LedgerColumns {

    static final String KEY = TEXTS.get("ledger.col.key");
    static final String NAME = TEXTS.get("ledger.col.name");
    static final String KIND = TEXTS.get("ledger.col.kind");
    static final String STATUS = TEXTS.get("ledger.col.status");
    static final String JOINED = TEXTS.get("ledger.col.joinedOn");
    static final String WITHDRAWN = TEXTS.get("ledger.col.withdrawnOn");
    static final String FIELDS = TEXTS.get("ledger.col.fields");
    static final String NEWSLETTER = TEXTS.get("ledger.col.newsletter");
    static final List<String> BASE = List.of(KEY, NAME, KIND, STATUS, JOINED, WITHDRAWN, FIELDS, NEWSLETTER);
    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    /** How a list of 活用分野 is written in one cell. */
    static final String FIELD_SEPARATOR = "、";

    private LedgerColumns() {
    }

    static String contactName(int n) {
        return TEXTS.get("ledger.col.contactName", n);
    }

    static String contactEmail(int n) {
        return TEXTS.get("ledger.col.contactEmail", n);
    }

    static String contactPhone(int n) {
        return TEXTS.get("ledger.col.contactPhone", n);
    }

    /** The header for these entries: contact columns for as many contacts as the line with most has (at least one). */
    static List<String> header(List<LedgerEntry> entries, boolean withContacts) {
        List<String> header = new ArrayList<>(BASE);
        if (withContacts) {
            int most = Math.max(1, entries.stream().mapToInt(e -> e.contacts().size()).max().orElse(1));
            for (int n = 1; n <= most; n++) {
                header.addAll(Arrays.asList(contactName(n), contactEmail(n), contactPhone(n)));
            }
        }
        return header;
    }

    /** The cells of one line, as text, in the order of {@link #header}. */
    static List<String> cells(LedgerEntry entry, int headerSize) {
        List<String> cells = new ArrayList<>(List.of(entry.key(), entry.name(), entry.kind().label(), entry.statusLabel(),
                entry.joinedOn() == null ? "" : DAY.format(entry.joinedOn()),
                entry.withdrawnOn() == null ? "" : DAY.format(entry.withdrawnOn()),
                String.join(FIELD_SEPARATOR, entry.fields()), entry.newsletterLabel()));
        for (StoredContact c : entry.contacts()) {
            cells.add(c.contact().personName());
            cells.add(c.contact().email());
            cells.add(c.contact().phone() == null ? "" : c.contact().phone());
        }
        while (cells.size() < headerSize) {
            cells.add("");
        }
        return cells;
    }

    static OrganizationKind kind(String label) {
        return Arrays.stream(OrganizationKind.values()).filter(k -> k.label().equals(label)).findFirst().orElse(null);
    }

    static String kindLabels() {
        return String.join(FIELD_SEPARATOR, Arrays.stream(OrganizationKind.values()).map(OrganizationKind::label).toList());
    }

    /**
     * A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, which
     * Excel shows as text; an import takes it off again.
     */
    static String safeCell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String unsafeCell(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
    }
}
