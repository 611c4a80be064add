package jp.musubi.cms.mail;

import java.util.List;

/** One page of the outbox list, newest first. */
public record OutboxPage(List<OutboxMessage> messages, int page, int size, long total) {

    public OutboxPage {
        messages = List.copyOf(messages);
    }

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
