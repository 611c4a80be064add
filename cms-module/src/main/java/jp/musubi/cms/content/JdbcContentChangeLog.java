package jp.musubi.cms.content;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ContentChangeLog} over {@code cms_content_change}. */
@Component
public class JdbcContentChangeLog implements ContentChangeLog {

    private final JdbcClient jdbc;

    public JdbcContentChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ContentChange> changesAfter(long afterSequence, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return jdbc.sql("SELECT seq, item_id, workspace, name, kind, changed_at FROM cms_content_change"
                        + " WHERE seq > ? ORDER BY seq FETCH FIRST ? ROWS ONLY")
                .params(afterSequence, limit)
                .query((rs, n) -> new ContentChange(rs.getLong("seq"), rs.getObject("item_id", UUID.class),
                        rs.getString("workspace"), rs.getString("name"),
                        ContentChange.Kind.valueOf(rs.getString("kind")),
                        ContentRepository.instant(rs, "changed_at")))
                .list();
    }

    @Override
    public long lastSequence() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM cms_content_change").query(Long.class).single();
    }
}
