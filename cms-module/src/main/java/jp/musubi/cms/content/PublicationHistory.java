package jp.musubi.cms.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When items were first published, from the content change log: a republished correction must not
 * count as a new post in the programme's figures, which is what {@code lastActivated} would do.
 */
@Component
public class PublicationHistory {

    private final JdbcClient jdbc;

    PublicationHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Item name → the first time it was published, for every item of the workspace ever published. */
    public Map<String, Instant> firstPublished(String workspace) {
        Map<String, Instant> first = new HashMap<>();
        jdbc.sql("SELECT name, MIN(changed_at) AS first_at FROM cms_content_change"
                        + " WHERE workspace = ? AND kind = 'PUBLISHED' GROUP BY name")
                .param(workspace)
                .query(rs -> {
                    Timestamp at = rs.getTimestamp("first_at");
                    first.put(rs.getString("name"), at.toInstant());
                });
        return first;
    }
}
