package jp.musubi.workflow.ledger;

import java.util.List;

/** One page of the ledger search. */
record LedgerPage(List<LedgerEntry> entries, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
