package jp.musubi.cms.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Data access for {@code cms_item}, {@code cms_revision} and {@code cms_revision_reference}.
 * Enforces nothing but the optimistic lock; the services decide what is allowed.
 */
@Repository
class ContentRepository {

    private static final String ITEM_COLUMNS = "id, workspace, name, type, path, title, lock_version,"
            + " current_revision, published_revision, created_at, created_by, last_modified_at, last_modified_by,"
            + " last_activated_at, last_activated_by, scheduled_at, scheduled_revision, scheduled_by, approval_pending";

    private final JdbcClient jdbc;

    public ContentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ItemState> find(String workspace, String name) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM cms_item WHERE workspace = ? AND name = ?")
                .params(workspace, name).query(ContentRepository::item).optional();
    }

    /** Reads the item and locks its row until the transaction ends, so state changes happen one at a time. */
    public Optional<ItemState> findForUpdate(String workspace, String name) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM cms_item WHERE workspace = ? AND name = ? FOR UPDATE")
                .params(workspace, name).query(ContentRepository::item).optional();
    }

    public Optional<ItemState> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM cms_item WHERE id = ? FOR UPDATE")
                .param(id).query(ContentRepository::item).optional();
    }

    public boolean exists(String workspace, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM cms_item WHERE workspace = ? AND name = ?")
                .params(workspace, name).query(Long.class).single() > 0;
    }

    public void insert(ItemState item) {
        jdbc.sql("INSERT INTO cms_item (" + ITEM_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(item.id(), item.workspace(), item.name(), item.type(), item.path(), item.title(),
                        item.version(), item.currentRevision(), integer(item.publishedRevision()),
                        timestamp(item.created().at()), item.created().by(),
                        timestamp(item.lastModified().at()), item.lastModified().by(),
                        timestamp(item.lastActivated() == null ? null : item.lastActivated().at()),
                        text(item.lastActivated() == null ? null : item.lastActivated().by()),
                        timestamp(item.scheduled() == null ? null : item.scheduled().at()),
                        integer(item.scheduled() == null ? null : item.scheduled().revision()),
                        text(item.scheduled() == null ? null : item.scheduled().by()),
                        item.approvalPending())
                .update();
    }

    /**
     * Moves the item to a new current revision if its version is still {@code expectedVersion}.
     *
     * @return false when another save came first (nothing was changed)
     */
    public boolean updateContent(UUID id, long expectedVersion, int revision, String title, Stamp modified) {
        return jdbc.sql("UPDATE cms_item SET lock_version = lock_version + 1, current_revision = ?, title = ?,"
                        + " last_modified_at = ?, last_modified_by = ? WHERE id = ? AND lock_version = ?")
                .params(revision, title, timestamp(modified.at()), modified.by(), id, expectedVersion)
                .update() == 1;
    }

    public void insertRevision(UUID itemId, int revision, String propertiesJson, Stamp created, String comment,
                               List<ReferenceTarget> references) {
        jdbc.sql("INSERT INTO cms_revision (item_id, revision, properties, created_at, created_by, comment)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(itemId, revision, propertiesJson, timestamp(created.at()), created.by(), text(comment))
                .update();
        for (ReferenceTarget reference : references) {
            jdbc.sql("INSERT INTO cms_revision_reference (item_id, revision, property, target_workspace, target_name)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(itemId, revision, reference.property(), reference.workspace(), reference.name())
                    .update();
        }
    }

    /** The properties JSON and metadata of one revision. */
    public Optional<StoredRevision> revision(UUID itemId, int revision) {
        return jdbc.sql("SELECT revision, properties, created_at, created_by, comment FROM cms_revision"
                        + " WHERE item_id = ? AND revision = ?")
                .params(itemId, revision)
                .query((rs, n) -> new StoredRevision(rs.getInt("revision"), rs.getString("properties"),
                        new Stamp(instant(rs, "created_at"), rs.getString("created_by")), rs.getString("comment")))
                .optional();
    }

    /** Every revision of the item, newest first. */
    public List<RevisionSummary> revisions(ItemState item) {
        return jdbc.sql("SELECT revision, created_at, created_by, comment FROM cms_revision WHERE item_id = ?"
                        + " ORDER BY revision DESC")
                .param(item.id())
                .query((rs, n) -> {
                    int revision = rs.getInt("revision");
                    return new RevisionSummary(revision, new Stamp(instant(rs, "created_at"), rs.getString("created_by")),
                            rs.getString("comment"), revision == item.currentRevision(),
                            item.publishedRevision() != null && revision == item.publishedRevision());
                })
                .list();
    }

    public ContentPage list(String workspace, ContentQuery query) {
        StringBuilder where = new StringBuilder(" WHERE workspace = ?");
        List<Object> params = new ArrayList<>();
        params.add(workspace);
        if (query.text() != null) {
            where.append(" AND (LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(name) LIKE ? ESCAPE '\\')");
            String pattern = "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (query.status() != null) {
            where.append(switch (query.status()) {
                case UNPUBLISHED -> " AND published_revision IS NULL";
                case PUBLISHED -> " AND published_revision = current_revision";
                case MODIFIED -> " AND published_revision IS NOT NULL AND published_revision <> current_revision";
            });
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM cms_item" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add((long) query.page() * query.size());
        pageParams.add(query.size());
        List<ItemSummary> items = jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM cms_item" + where
                        + " ORDER BY last_modified_at DESC, name OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(pageParams).query(ContentRepository::item).list()
                .stream().map(ItemSummary::of).toList();
        return new ContentPage(items, total, query.page(), query.size());
    }

    /** The revision becomes the published one; approval and any planned publication are done with. */
    public void markPublished(UUID id, int revision, Stamp activated) {
        jdbc.sql("UPDATE cms_item SET published_revision = ?, last_activated_at = ?, last_activated_by = ?,"
                        + " approval_pending = FALSE, scheduled_at = NULL, scheduled_revision = NULL,"
                        + " scheduled_by = NULL WHERE id = ?")
                .params(revision, timestamp(activated.at()), activated.by(), id).update();
    }

    public void markUnpublished(UUID id) {
        jdbc.sql("UPDATE cms_item SET published_revision = NULL, approval_pending = FALSE, scheduled_at = NULL,"
                        + " scheduled_revision = NULL, scheduled_by = NULL WHERE id = ?")
                .param(id).update();
    }

    public void setApprovalPending(UUID id, boolean pending) {
        jdbc.sql("UPDATE cms_item SET approval_pending = ? WHERE id = ?").params(pending, id).update();
    }

    public void schedule(UUID id, ScheduledPublication scheduled) {
        jdbc.sql("UPDATE cms_item SET scheduled_at = ?, scheduled_revision = ?, scheduled_by = ? WHERE id = ?")
                .params(timestamp(scheduled.at()), scheduled.revision(), scheduled.by(), id).update();
    }

    public void clearSchedule(UUID id) {
        jdbc.sql("UPDATE cms_item SET scheduled_at = NULL, scheduled_revision = NULL, scheduled_by = NULL"
                + " WHERE id = ?").param(id).update();
    }

    /** Items whose planned publication time has come, earliest first. */
    public List<UUID> dueForPublication(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM cms_item WHERE scheduled_at IS NOT NULL AND scheduled_at <= ?"
                        + " ORDER BY scheduled_at, id FETCH FIRST ? ROWS ONLY")
                .params(timestamp(now), limit)
                .query((rs, n) -> rs.getObject("id", UUID.class)).list();
    }

    /** Items whose current, published or scheduled revision references the given item. */
    public List<ItemRef> referrers(String workspace, String name) {
        return jdbc.sql("SELECT DISTINCT i.workspace, i.name FROM cms_revision_reference r"
                        + " JOIN cms_item i ON i.id = r.item_id"
                        + " WHERE r.target_workspace = ? AND r.target_name = ?"
                        + " AND (r.revision = i.current_revision OR r.revision = i.published_revision"
                        + " OR r.revision = i.scheduled_revision)"
                        + " ORDER BY i.workspace, i.name")
                .params(workspace, name)
                .query((rs, n) -> new ItemRef(rs.getString("workspace"), rs.getString("name"))).list();
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM cms_revision_reference WHERE item_id = ?").param(id).update();
        jdbc.sql("DELETE FROM cms_revision WHERE item_id = ?").param(id).update();
        jdbc.sql("DELETE FROM cms_item WHERE id = ?").param(id).update();
    }

    static ItemState item(ResultSet rs, int rowNum) throws SQLException {
        Instant activatedAt = instant(rs, "last_activated_at");
        Instant scheduledAt = instant(rs, "scheduled_at");
        return new ItemState(
                rs.getObject("id", UUID.class),
                rs.getString("workspace"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getString("path"),
                rs.getString("title"),
                rs.getLong("lock_version"),
                rs.getInt("current_revision"),
                (Integer) rs.getObject("published_revision", Integer.class),
                new Stamp(instant(rs, "created_at"), rs.getString("created_by")),
                new Stamp(instant(rs, "last_modified_at"), rs.getString("last_modified_by")),
                activatedAt == null ? null : new Stamp(activatedAt, rs.getString("last_activated_by")),
                scheduledAt == null ? null : new ScheduledPublication(scheduledAt, rs.getInt("scheduled_revision"),
                        rs.getString("scheduled_by")),
                rs.getBoolean("approval_pending"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static SqlParameterValue timestamp(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
                instant == null ? null : instant.atOffset(ZoneOffset.UTC));
    }

    private static SqlParameterValue integer(Integer value) {
        return new SqlParameterValue(Types.INTEGER, value);
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A revision as stored: properties still as JSON. */
    public record StoredRevision(int revision, String propertiesJson, Stamp created, String comment) {
    }
}
