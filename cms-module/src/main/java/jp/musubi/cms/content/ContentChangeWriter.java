package jp.musubi.cms.content;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to the content change log, in the transaction of the change it records. */
@Component
class ContentChangeWriter {

    private final JdbcClient jdbc;

    public ContentChangeWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the next sequence number under the counter row's lock (held until commit), so that
     * numbers are handed out in commit order and a follower reading "after n" misses nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long write(UUID itemId, String workspace, String name, ContentChange.Kind kind, Instant at) {
        jdbc.sql("UPDATE cms_content_change_counter SET last_seq = last_seq + 1 WHERE id = 1").update();
        long seq = jdbc.sql("SELECT last_seq FROM cms_content_change_counter WHERE id = 1").query(Long.class).single();
        jdbc.sql("INSERT INTO cms_content_change (seq, item_id, workspace, name, kind, changed_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(seq, itemId, workspace, name, kind.name(), ContentRepository.timestamp(at))
                .update();
        return seq;
    }
}
