package jp.musubi.workflow.ledger;

import java.time.Instant;

/** One line of a member's change history: who, when, what changed. */
record LedgerChange(Instant at, String by, String what) {
}
