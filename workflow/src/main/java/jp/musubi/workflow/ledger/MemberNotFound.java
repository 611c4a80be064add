package jp.musubi.workflow.ledger;

/** No organization with this 会員番号 in the registry. */
class MemberNotFound extends RuntimeException {

    MemberNotFound() {
        super(LedgerTexts.TEXTS.get("ledger.member.notFound"));
    }
}
