package jp.musubi.workflow.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The tables event_setting, event_application and event_application_answer. */
@Repository
class EventApplicationRepository {

    private static final String COLUMNS = "id, event_name, checkin_code, status, seat, applied_at, name, organization,"
            + " email, phone, attendance_mode, membership, student, promoted_at, cancelled_at, checked_in_at, erased_at";

    private final JdbcClient jdbc;

    EventApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- settings

    Optional<EventSettings> settings(String eventName) {
        return jdbc.sql("SELECT event_name, ask_phone, ask_attendance_mode, ask_membership, ask_student, questions,"
                        + " capacity, deadline, waiting_list, survey_id FROM event_setting WHERE event_name = ?")
                .param(eventName)
                .query((rs, n) -> new EventSettings(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5), EventSettings.questionsOf(rs.getString(6)), (Integer) rs.getObject(7, Integer.class),
                        rs.getObject(8, LocalDate.class), rs.getBoolean(9), (Long) rs.getObject(10, Long.class)))
                .optional();
    }

    /** Creates the event's settings row (its lock) if missing; in its own transaction, so a race loses nothing. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureSettings(String eventName) {
        if (jdbc.sql("SELECT COUNT(*) FROM event_setting WHERE event_name = ?").param(eventName).query(Long.class).single() > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO event_setting (event_name) VALUES (?)").param(eventName).update();
        } catch (DuplicateKeyException alreadyThere) {
            // Another request created it first: the same row.
        }
    }

    /** Takes the event's lock row until the transaction ends. */
    void lock(String eventName) {
        jdbc.sql("SELECT event_name FROM event_setting WHERE event_name = ? FOR UPDATE").param(eventName)
                .query(String.class).single();
    }

    void saveSettings(EventSettings s, String by, Instant at) {
        jdbc.sql("UPDATE event_setting SET ask_phone = ?, ask_attendance_mode = ?, ask_membership = ?, ask_student = ?,"
                        + " questions = ?, capacity = ?, deadline = ?, waiting_list = ?, survey_id = ?, updated_at = ?,"
                        + " updated_by = ? WHERE event_name = ?")
                .params(s.askPhone(), s.askAttendanceMode(), s.askMembership(), s.askStudent(),
                        s.questions().isEmpty() ? null : s.questionLines(), s.capacity(), s.deadline(), s.waitingList(),
                        s.surveyId(), Timestamp.from(at), by, s.eventName())
                .update();
    }

    // --- applications

    long insert(String eventName, String tokenHash, String code, ApplicationStatus status, Integer seat, Instant at,
                ApplicantInput input, Instant eventEndsAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO event_application (event_name, token_hash, checkin_code, status, seat, applied_at, name,"
                        + " organization, email, phone, attendance_mode, membership, student, event_ends_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(eventName, tokenHash, code, status.name(), seat, Timestamp.from(at), input.name(),
                        input.organization(), input.email(), input.phone(), input.attendanceMode(), input.membership(),
                        input.student(), Timestamp.from(eventEndsAt))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < input.answers().size(); i++) {
            ApplicantInput.QuestionAnswer qa = input.answers().get(i);
            jdbc.sql("INSERT INTO event_application_answer (application_id, question_no, question, answer) VALUES (?, ?, ?, ?)")
                    .params(id, i + 1, qa.question(), qa.answer()).update();
        }
        return id;
    }

    Optional<EventApplication> byToken(String tokenHash) {
        return withAnswers(jdbc.sql("SELECT " + COLUMNS + " FROM event_application WHERE token_hash = ?").param(tokenHash)
                .query(EventApplicationRepository::row).optional());
    }

    Optional<EventApplication> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_application WHERE checkin_code = ?").param(code)
                .query(EventApplicationRepository::row).optional();
    }

    Optional<EventApplication> byId(long id) {
        return withAnswers(jdbc.sql("SELECT " + COLUMNS + " FROM event_application WHERE id = ?").param(id)
                .query(EventApplicationRepository::row).optional());
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM event_application WHERE checkin_code = ?").param(code).query(Long.class).single() > 0;
    }

    /** The event's applications in the order applied, with their answers. */
    List<EventApplication> ofEvent(String eventName) {
        List<EventApplication> list = jdbc.sql("SELECT " + COLUMNS + " FROM event_application WHERE event_name = ?"
                        + " ORDER BY applied_at, id").param(eventName).query(EventApplicationRepository::row).list();
        Map<Long, List<EventApplication.Answer>> answers = jdbc.sql("SELECT a.application_id, a.question_no, a.question,"
                        + " a.answer FROM event_application_answer a JOIN event_application e ON e.id = a.application_id"
                        + " WHERE e.event_name = ? ORDER BY a.application_id, a.question_no").param(eventName)
                .query((rs, n) -> Map.entry(rs.getLong(1), new EventApplication.Answer(rs.getInt(2), rs.getString(3), rs.getString(4))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return list.stream().map(a -> a.withAnswers(answers.getOrDefault(a.id(), List.of()))).toList();
    }

    List<Integer> takenSeats(String eventName) {
        return jdbc.sql("SELECT seat FROM event_application WHERE event_name = ? AND status = 'ACCEPTED' ORDER BY seat")
                .param(eventName).query(Integer.class).list();
    }

    /** The first waitlisted application, in the order applied. */
    Optional<EventApplication> firstWaitlisted(String eventName) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_application WHERE event_name = ? AND status = 'WAITLISTED'"
                        + " ORDER BY applied_at, id").param(eventName).query(EventApplicationRepository::row).list()
                .stream().findFirst();
    }

    void cancel(long id, Instant at) {
        jdbc.sql("UPDATE event_application SET status = 'CANCELLED', seat = NULL, cancelled_at = ? WHERE id = ?")
                .params(Timestamp.from(at), id).update();
    }

    void promote(long id, int seat, Instant at) {
        jdbc.sql("UPDATE event_application SET status = 'ACCEPTED', seat = ?, promoted_at = ? WHERE id = ? AND status = 'WAITLISTED'")
                .params(seat, Timestamp.from(at), id).update();
    }

    void change(long id, ApplicantInput input) {
        jdbc.sql("UPDATE event_application SET name = ?, organization = ?, phone = ?, attendance_mode = ?, membership = ?,"
                        + " student = ? WHERE id = ?")
                .params(input.name(), input.organization(), input.phone(), input.attendanceMode(), input.membership(),
                        input.student(), id).update();
        for (int i = 0; i < input.answers().size(); i++) {
            jdbc.sql("UPDATE event_application_answer SET answer = ? WHERE application_id = ? AND question_no = ?")
                    .params(input.answers().get(i).answer(), id, i + 1).update();
        }
    }

    /** @return whether this call checked it in (false: already checked in) */
    boolean checkIn(long id, Instant at, String by) {
        return jdbc.sql("UPDATE event_application SET checked_in_at = ?, checked_in_by = ? WHERE id = ? AND checked_in_at IS NULL")
                .params(Timestamp.from(at), by, id).update() == 1;
    }

    void markReminded(long id, Instant at) {
        jdbc.sql("UPDATE event_application SET reminded_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    void markThanked(long id, Instant at) {
        jdbc.sql("UPDATE event_application SET thanked_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    /** Accepted, not yet reminded, of events starting after {@code now}: the reminder job's candidates. */
    List<EventApplication> toRemind(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_application WHERE status = 'ACCEPTED' AND reminded_at IS NULL"
                        + " AND erased_at IS NULL AND event_ends_at > ? ORDER BY id")
                .param(Timestamp.from(now)).query(EventApplicationRepository::row).list();
    }

    /** Attended, not yet thanked, of events that ended before {@code now}. */
    List<EventApplication> toThank(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_application WHERE checked_in_at IS NOT NULL AND thanked_at IS NULL"
                        + " AND erased_at IS NULL AND event_ends_at <= ? ORDER BY id")
                .param(Timestamp.from(now)).query(EventApplicationRepository::row).list();
    }

    /** Check-ins between the two instants: the attendance indicators' records. */
    List<Attendance> attendance(Instant from, Instant to) {
        return jdbc.sql("SELECT event_name, checked_in_at FROM event_application WHERE checked_in_at IS NOT NULL"
                        + " AND checked_in_at >= ? AND checked_in_at < ? ORDER BY checked_in_at")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Attendance(rs.getString(1), rs.getTimestamp(2).toInstant())).list();
    }

    record Attendance(String eventName, Instant at) {
    }

    /** Counts by status and attendance per event, for the list page. */
    Map<String, Counts> counts() {
        return jdbc.sql("SELECT event_name, SUM(CASE WHEN status = 'ACCEPTED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN status = 'WAITLISTED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN checked_in_at IS NOT NULL THEN 1 ELSE 0 END) FROM event_application GROUP BY event_name")
                .query((rs, n) -> new Counts(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list().stream().collect(Collectors.toMap(Counts::eventName, c -> c));
    }

    record Counts(String eventName, int accepted, int waitlisted, int cancelled, int attended) {
        static Counts none(String eventName) {
            return new Counts(eventName, 0, 0, 0, 0);
        }
    }

    int erase(Instant cutoff, String erased, Instant at) {
        jdbc.sql("DELETE FROM event_application_answer WHERE application_id IN (SELECT id FROM event_application"
                + " WHERE event_ends_at < ? AND erased_at IS NULL)").param(Timestamp.from(cutoff)).update();
        return jdbc.sql("UPDATE event_application SET name = ?, organization = ?, email = '', phone = NULL, erased_at = ?"
                        + " WHERE event_ends_at < ? AND erased_at IS NULL")
                .params(erased, erased, Timestamp.from(at), Timestamp.from(cutoff)).update();
    }

    private Optional<EventApplication> withAnswers(Optional<EventApplication> application) {
        return application.map(a -> a.withAnswers(jdbc.sql("SELECT question_no, question, answer FROM event_application_answer"
                        + " WHERE application_id = ? ORDER BY question_no").param(a.id())
                .query((rs, n) -> new EventApplication.Answer(rs.getInt(1), rs.getString(2), rs.getString(3))).list()));
    }

    private static EventApplication row(ResultSet rs, int n) throws SQLException {
        return new EventApplication(rs.getLong("id"), rs.getString("event_name"), rs.getString("checkin_code"),
                ApplicationStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("seat", Integer.class),
                instant(rs, "applied_at"), rs.getString("name"), rs.getString("organization"), rs.getString("email"),
                rs.getString("phone"), rs.getString("attendance_mode"), rs.getString("membership"), rs.getString("student"),
                instant(rs, "promoted_at"), instant(rs, "cancelled_at"), instant(rs, "checked_in_at"),
                instant(rs, "erased_at"), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
