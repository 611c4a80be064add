package jp.musubi.workflow.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code publication_request}; joins the caller's transaction. */
@Repository
public class PublicationRequestRepository {

    private static final String COLUMNS = "id, process_instance_id, workspace, name, revision, item_title, submitted_at,"
            + " submitted_by, submit_comment, publish_at, unpublish, decision, decided_at, decided_by, decision_comment,"
            + " executed_at, newsletter_send_id";

    private final JdbcClient jdbc;

    PublicationRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String processInstanceId, String workspace, String name, int revision, String itemTitle,
                Instant submittedAt, String submittedBy, String comment, Instant publishAt, boolean unpublish) {
        jdbc.sql("INSERT INTO publication_request (process_instance_id, workspace, name, revision, item_title,"
                        + " submitted_at, submitted_by, submit_comment, publish_at, unpublish)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(processInstanceId, workspace, name, revision, itemTitle, timestamp(submittedAt), submittedBy,
                        comment, timestamp(publishAt), unpublish)
                .update();
    }

    public Optional<PublicationRequest> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_request WHERE process_instance_id = ?")
                .param(processInstanceId).query(PublicationRequestRepository::row).optional();
    }

    /** Every request for an item, newest first: the editor's history of the item's approvals. */
    public List<PublicationRequest> findByItem(String workspace, String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_request WHERE workspace = ? AND name = ?"
                        + " ORDER BY submitted_at DESC, id DESC")
                .params(workspace, name).query(PublicationRequestRepository::row).list();
    }

    /**
     * Records the decision unless one was recorded already; the condition makes a second,
     * concurrent decision on the same request update nothing.
     *
     * @return whether this call recorded it
     */
    boolean decide(String processInstanceId, PublicationDecision decision, Instant at, String by, String comment) {
        return jdbc.sql("UPDATE publication_request SET decision = ?, decided_at = ?, decided_by = ?, decision_comment = ?"
                        + " WHERE process_instance_id = ? AND decision IS NULL")
                .params(decision.name(), timestamp(at), by, comment, processInstanceId)
                .update() == 1;
    }

    void executed(String processInstanceId, Instant at) {
        jdbc.sql("UPDATE publication_request SET executed_at = ? WHERE process_instance_id = ?")
                .params(timestamp(at), processInstanceId).update();
    }

    void newsletterStarted(String processInstanceId, long sendId) {
        jdbc.sql("UPDATE publication_request SET newsletter_send_id = ? WHERE process_instance_id = ?")
                .params(sendId, processInstanceId).update();
    }

    private static PublicationRequest row(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        long sendId = rs.getLong("newsletter_send_id");
        Long newsletterSendId = rs.wasNull() ? null : sendId;
        return new PublicationRequest(rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("workspace"),
                rs.getString("name"), rs.getInt("revision"), rs.getString("item_title"), instant(rs, "submitted_at"),
                rs.getString("submitted_by"), rs.getString("submit_comment"), instant(rs, "publish_at"),
                rs.getBoolean("unpublish"), decision == null ? null : PublicationDecision.valueOf(decision),
                instant(rs, "decided_at"), rs.getString("decided_by"), rs.getString("decision_comment"),
                instant(rs, "executed_at"), newsletterSendId);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static SqlParameterValue timestamp(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, instant == null ? null : instant.atOffset(ZoneOffset.UTC));
    }
}
