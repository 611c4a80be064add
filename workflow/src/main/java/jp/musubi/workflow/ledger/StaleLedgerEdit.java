package jp.musubi.workflow.ledger;

/** The member's line was changed by someone else since the editing page was shown: nothing is stored. */
class StaleLedgerEdit extends RuntimeException {

    StaleLedgerEdit() {
        super(LedgerTexts.TEXTS.get("ledger.edit.stale"));
    }
}
