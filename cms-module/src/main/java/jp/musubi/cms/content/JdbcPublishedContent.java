package jp.musubi.cms.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link PublishedContent} over the content store: each item's published revision, never a draft.
 * {@code lastModified} is when the published revision was saved, not a later unpublished edit.
 */
@Component
public class JdbcPublishedContent implements PublishedContent {

    private static final String SELECT = "SELECT i.id, i.type, i.workspace, i.name, i.path, i.current_revision,"
            + " i.published_revision, i.created_at, i.last_activated_at, r.created_at AS revision_created_at,"
            + " r.properties FROM cms_item i"
            + " JOIN cms_revision r ON r.item_id = i.id AND r.revision = i.published_revision";

    private final JdbcClient jdbc;
    private final ContentJson json;

    public JdbcPublishedContent(JdbcClient jdbc, ContentJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<PublishedItem> find(String workspace, String name) {
        return jdbc.sql(SELECT + " WHERE i.workspace = ? AND i.name = ?")
                .params(workspace, name).query(this::item).optional();
    }

    @Override
    public List<PublishedItem> findAll(String workspace) {
        return jdbc.sql(SELECT + " WHERE i.workspace = ? ORDER BY i.name")
                .param(workspace).query(this::item).list();
    }

    private PublishedItem item(ResultSet rs, int rowNum) throws SQLException {
        int published = rs.getInt("published_revision");
        return new PublishedItem(
                rs.getObject("id", UUID.class),
                rs.getString("type"),
                rs.getString("workspace"),
                rs.getString("name"),
                rs.getString("path"),
                json.read(rs.getString("properties")),
                published,
                ItemState.statusOf(rs.getInt("current_revision"), published),
                ContentRepository.instant(rs, "created_at"),
                ContentRepository.instant(rs, "revision_created_at"),
                ContentRepository.instant(rs, "last_activated_at"));
    }
}
