package jp.musubi.cms.pagecache;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import jp.musubi.cms.content.ContentChangeLog;

/**
 * This node's view of the content change log, asked at most once per check interval whatever the
 * request rate: one request in an interval pays for the query, the others read a volatile. Each
 * time the log's last sequence moves, the generation moves and every cached response of an older
 * generation is stale. Nodes need no message between them: each asks the shared database.
 */
class ChangeLogWatch {

    private final ContentChangeLog changeLog;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Runnable onChange;
    private final AtomicBoolean checking = new AtomicBoolean();

    private volatile long checkedAt;
    private volatile long sequence = Long.MIN_VALUE;
    private volatile long generation;

    ChangeLogWatch(ContentChangeLog changeLog, long intervalNanos, LongSupplier nanoTime, Runnable onChange) {
        this.changeLog = changeLog;
        this.intervalNanos = intervalNanos;
        this.nanoTime = nanoTime;
        this.onChange = onChange;
        this.checkedAt = nanoTime.getAsLong() - intervalNanos;
    }

    /**
     * The generation of the log as of at most one interval ago. A request that finds the last look
     * too old looks itself; meanwhile the others go on with the generation known so far, which was
     * current less than an interval plus one query ago.
     */
    long generation() {
        long now = nanoTime.getAsLong();
        if (now - checkedAt >= intervalNanos && checking.compareAndSet(false, true)) {
            try {
                if (now - checkedAt >= intervalNanos) {
                    look();
                    checkedAt = now;
                }
            } finally {
                checking.set(false);
            }
        }
        return generation;
    }

    private void look() {
        long last = changeLog.lastSequence();
        if (last != sequence) {
            sequence = last;
            generation++;
            onChange.run();
        }
    }
}
