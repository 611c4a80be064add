package jp.musubi.workflow.ledger;

import java.util.List;

/**
 * A member's page of the ledger.
 *
 * @param contactsVisible whether the reader may see the private contacts (SECRETARIAT); else {@code entry}
 *                        carries none
 * @param profile         the public profile's texts (概要, 所在地, URL), or null when it has none
 */
record MemberView(LedgerEntry entry, long version, boolean contactsVisible, Profile profile, List<Line> seeds,
                  List<Line> proposals, List<Line> applications, List<HistoryLine> history, boolean withdrawalPending) {

    record Profile(String summary, String city, String url, boolean published) {
    }

    /** A seed, proposal or application: what it is and where it stands. */
    record Line(String title, String state, String when) {
    }

    record HistoryLine(String at, String by, String what) {
    }
}
