package jp.musubi.workflow.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Persistence of meetings, their participants and materials; the feature's own, used by nobody else. */
@Repository
class MeetingRepository {

    private static final String COLUMNS = "id, ical_uid, ical_sequence, kind, title, starts_at, ends_at, place, online_url, "
            + "agenda, other_attendees, issue_case_id, status, materials_due_at, minutes_process_id, organizer";

    private static final String PREFIXED = java.util.Arrays.stream(COLUMNS.split(", ")).map(c -> "m." + c)
            .collect(java.util.stream.Collectors.joining(", "));

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Meeting m, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO meeting (ical_uid, ical_sequence, kind, title, starts_at, ends_at, place, online_url, agenda, "
                        + "other_attendees, issue_case_id, status, materials_due_at, organizer, created_at, updated_at) "
                        + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?, ?, ?)")
                .params(m.icalUid(), m.kind().name(), m.title(), ts(m.startsAt()), ts(m.endsAt()), m.place(), m.onlineUrl(),
                        m.agenda(), m.otherAttendees(), m.issueCaseId(), ts(m.materialsDueAt()), m.organizer(), ts(now), ts(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        setParticipants(id, m.participants());
        return id;
    }

    /** Writes the changed fields and counts the change in the iCalendar SEQUENCE; false if the meeting is no longer scheduled. */
    boolean update(Meeting m, Instant now) {
        int changed = jdbc.sql("UPDATE meeting SET ical_sequence = ical_sequence + 1, title = ?, starts_at = ?, ends_at = ?, place = ?, "
                        + "online_url = ?, agenda = ?, other_attendees = ?, materials_due_at = ?, materials_reminded_at = NULL, "
                        + "updated_at = ? WHERE id = ? AND status = 'SCHEDULED'")
                .params(m.title(), ts(m.startsAt()), ts(m.endsAt()), m.place(), m.onlineUrl(), m.agenda(), m.otherAttendees(),
                        ts(m.materialsDueAt()), ts(now), m.id())
                .update();
        if (changed == 1) {
            setParticipants(m.id(), m.participants());
        }
        return changed == 1;
    }

    boolean cancel(long id, Instant now) {
        return jdbc.sql("UPDATE meeting SET status = 'CANCELLED', ical_sequence = ical_sequence + 1, updated_at = ? "
                        + "WHERE id = ? AND status = 'SCHEDULED'")
                .params(ts(now), id).update() == 1;
    }

    boolean markHeld(long id, String minutesProcessId, Instant now) {
        return jdbc.sql("UPDATE meeting SET status = 'HELD', minutes_process_id = ?, updated_at = ? WHERE id = ? AND status = 'SCHEDULED'")
                .params(minutesProcessId, ts(now), id).update() == 1;
    }

    boolean markReminded(long id, Instant now) {
        return jdbc.sql("UPDATE meeting SET materials_reminded_at = ? WHERE id = ? AND materials_reminded_at IS NULL")
                .params(ts(now), id).update() == 1;
    }

    Optional<Meeting> find(long id) {
        return withParticipants(jdbc.sql("SELECT " + COLUMNS + " FROM meeting WHERE id = ?").param(id)
                .query(MeetingRepository::meeting).list()).stream().findFirst();
    }

    List<Meeting> forCase(long caseId) {
        return withParticipants(jdbc.sql("SELECT " + COLUMNS + " FROM meeting WHERE issue_case_id = ? ORDER BY starts_at, id")
                .param(caseId).query(MeetingRepository::meeting).list());
    }

    /** Scheduled meetings of this participant ending after {@code from}, soonest first. */
    List<Meeting> upcomingFor(String username, Instant from, int limit) {
        return withParticipants(jdbc.sql("SELECT " + PREFIXED
                        + " FROM meeting m JOIN meeting_participant p ON p.meeting_id = m.id "
                        + "WHERE p.username = ? AND m.status = 'SCHEDULED' AND m.ends_at > ? ORDER BY m.starts_at, m.id LIMIT ?")
                .params(username, ts(from), limit).query(MeetingRepository::meeting).list());
    }

    List<Meeting> recent(int limit) {
        return withParticipants(jdbc.sql("SELECT " + COLUMNS + " FROM meeting ORDER BY starts_at DESC, id DESC LIMIT ?")
                .param(limit).query(MeetingRepository::meeting).list());
    }

    /** Scheduled meetings whose materials deadline is set and not yet reminded of. */
    List<Meeting> awaitingMaterialsReminder() {
        return withParticipants(jdbc.sql("SELECT " + COLUMNS + " FROM meeting WHERE status = 'SCHEDULED' "
                        + "AND materials_due_at IS NOT NULL AND materials_reminded_at IS NULL ORDER BY materials_due_at")
                .query(MeetingRepository::meeting).list());
    }

    int addMaterial(long meetingId, UUID assetId, String filename, String user, Instant now) {
        Integer next = jdbc.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM meeting_material WHERE meeting_id = ?")
                .param(meetingId).query(Integer.class).single();
        jdbc.sql("INSERT INTO meeting_material (meeting_id, position, asset_id, filename, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(meetingId, next, assetId, filename, user, ts(now)).update();
        return next;
    }

    List<MeetingMaterial> materials(long meetingId) {
        return jdbc.sql("SELECT meeting_id, position, asset_id, filename, uploaded_by, uploaded_at FROM meeting_material "
                        + "WHERE meeting_id = ? ORDER BY position")
                .param(meetingId)
                .query((rs, row) -> new MeetingMaterial(rs.getLong("meeting_id"), rs.getInt("position"),
                        rs.getObject("asset_id", UUID.class), rs.getString("filename"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    int countMaterials(long meetingId) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_material WHERE meeting_id = ?").param(meetingId).query(Integer.class).single();
    }

    private void setParticipants(long id, Collection<String> usernames) {
        jdbc.sql("DELETE FROM meeting_participant WHERE meeting_id = ?").param(id).update();
        for (String username : usernames) {
            jdbc.sql("INSERT INTO meeting_participant (meeting_id, username) VALUES (?, ?)").params(id, username).update();
        }
    }

    private List<Meeting> withParticipants(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return meetings;
        }
        Map<Long, List<String>> byMeeting = new LinkedHashMap<>();
        meetings.forEach(m -> byMeeting.put(m.id(), new ArrayList<>()));
        jdbc.sql("SELECT meeting_id, username FROM meeting_participant WHERE meeting_id IN (:ids) ORDER BY username")
                .param("ids", byMeeting.keySet())
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(e -> byMeeting.get(e.getKey()).add(e.getValue()));
        return meetings.stream().map(m -> new Meeting(m.id(), m.icalUid(), m.icalSequence(), m.kind(), m.title(), m.startsAt(),
                m.endsAt(), m.place(), m.onlineUrl(), m.agenda(), m.otherAttendees(), m.issueCaseId(), m.status(),
                m.materialsDueAt(), m.minutesProcessId(), m.organizer(), byMeeting.get(m.id()))).toList();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        long caseId = rs.getLong("issue_case_id");
        Long issueCase = rs.wasNull() ? null : caseId;
        return new Meeting(rs.getLong("id"), rs.getString("ical_uid"), rs.getInt("ical_sequence"),
                MeetingKind.valueOf(rs.getString("kind")), rs.getString("title"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                rs.getString("place"), rs.getString("online_url"), rs.getString("agenda"), rs.getString("other_attendees"),
                issueCase, MeetingStatus.valueOf(rs.getString("status")), instant(rs, "materials_due_at"),
                rs.getString("minutes_process_id"), rs.getString("organizer"), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
