package jp.musubi.workflow.inbox;

import java.util.List;

/** One page of an inbox list and the total count of matching tasks. */
public record InboxPage(List<InboxTask> tasks, long total, int page, int pageSize) {

    public InboxPage {
        tasks = List.copyOf(tasks);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
