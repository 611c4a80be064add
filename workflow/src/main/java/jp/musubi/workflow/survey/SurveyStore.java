package jp.musubi.workflow.survey;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Surveys, questions, targets and answers in {@code survey}, {@code survey_question}, {@code survey_target}, {@code survey_answer}. */
@Repository
class SurveyStore {

    /** A target as the store writes it. */
    record NewTarget(String organization, String personName, String mail, String source) {
        String mailKey() {
            return mail.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A target's stored answers: question key → values (several for MULTIPLE). */
    record StoredAnswers(SurveyTarget target, Map<String, List<String>> answers) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SurveyStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long insertSurvey(String title, String intro, LocalDate opensOn, LocalDate closesOn, boolean programSurvey, Long copiedFrom,
                      String by, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO survey (title, intro, opens_on, closes_on, program_survey, copied_from, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(title, intro, Date.valueOf(opensOn), Date.valueOf(closesOn), programSurvey, copiedFrom, by, ts(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateSurvey(long id, String title, String intro, LocalDate opensOn, LocalDate closesOn, boolean programSurvey) {
        jdbc.sql("UPDATE survey SET title = ?, intro = ?, opens_on = ?, closes_on = ?, program_survey = ? WHERE id = ?")
                .params(title, intro, Date.valueOf(opensOn), Date.valueOf(closesOn), programSurvey, id).update();
    }

    void markInvited(long id, Instant at) {
        jdbc.sql("UPDATE survey SET invited_at = ? WHERE id = ? AND invited_at IS NULL").params(ts(at), id).update();
    }

    Optional<Survey> find(long id) {
        return jdbc.sql("SELECT * FROM survey WHERE id = ?").param(id).query(SurveyStore::survey).optional();
    }

    List<Survey> all() {
        return jdbc.sql("SELECT * FROM survey ORDER BY opens_on DESC, id DESC").query(SurveyStore::survey).list();
    }

    List<Survey> programSurveys() {
        return jdbc.sql("SELECT * FROM survey WHERE program_survey = TRUE ORDER BY id").query(SurveyStore::survey).list();
    }

    List<Question> questions(long surveyId) {
        return jdbc.sql("SELECT * FROM survey_question WHERE survey_id = ? ORDER BY position, id").param(surveyId)
                .query(SurveyStore::question).list();
    }

    void insertQuestion(long surveyId, Question q) {
        jdbc.sql("""
                        INSERT INTO survey_question (survey_id, position, question_key, kind, text, required, choices, scale_min,
                            scale_max, min_label, max_label, max_length, shown_if_key, shown_if_value)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(surveyId, q.position(), q.key(), q.kind().name(), q.text(), q.required(),
                        q.choices().isEmpty() ? null : String.join("\n", q.choices()), q.scaleMin(), q.scaleMax(), q.minLabel(),
                        q.maxLabel(), q.maxLength(), q.shownIfKey(), q.shownIfValue())
                .update();
    }

    int deleteQuestion(long surveyId, String key) {
        return jdbc.sql("DELETE FROM survey_question WHERE survey_id = ? AND question_key = ?").params(surveyId, key).update();
    }

    /** Keys of the survey's targets' mails (lower case), to skip duplicates before inserting. */
    Set<String> mailKeys(long surveyId) {
        return jdbc.sql("SELECT mail_key FROM survey_target WHERE survey_id = ?").param(surveyId).query(String.class).set();
    }

    void insertTargets(long surveyId, List<NewTarget> targets, List<String> tokens, Instant at) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            NewTarget t = targets.get(i);
            rows.add(new Object[] {surveyId, t.organization(), t.personName(), t.mail(), t.mailKey(), t.source(), tokens.get(i), ts(at)});
        }
        template.batchUpdate("""
                INSERT INTO survey_target (survey_id, organization, person_name, mail, mail_key, source, token, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    List<SurveyTarget> targets(long surveyId) {
        return jdbc.sql("SELECT * FROM survey_target WHERE survey_id = ? ORDER BY id").param(surveyId)
                .query(SurveyStore::target).list();
    }

    List<SurveyTarget> notInvited(long surveyId) {
        return jdbc.sql("SELECT * FROM survey_target WHERE survey_id = ? AND invited_at IS NULL ORDER BY id").param(surveyId)
                .query(SurveyStore::target).list();
    }

    List<SurveyTarget> invitedWithoutAnswer(long surveyId) {
        return jdbc.sql("""
                        SELECT * FROM survey_target WHERE survey_id = ? AND invited_at IS NOT NULL AND answered_at IS NULL
                        ORDER BY id""").param(surveyId)
                .query(SurveyStore::target).list();
    }

    Optional<SurveyTarget> byToken(String token) {
        return jdbc.sql("SELECT * FROM survey_target WHERE token = ?").param(token).query(SurveyStore::target).optional();
    }

    Optional<SurveyTarget> byMail(long surveyId, String mail) {
        return jdbc.sql("SELECT * FROM survey_target WHERE survey_id = ? AND mail_key = ?")
                .params(surveyId, mail.toLowerCase(java.util.Locale.ROOT)).query(SurveyStore::target).optional();
    }

    void markTargetsInvited(List<Long> ids, Instant at) {
        template.batchUpdate("UPDATE survey_target SET invited_at = ? WHERE id = ?",
                ids.stream().map(id -> new Object[] {ts(at), id}).toList());
    }

    void markTargetsReminded(List<Long> ids, Instant at) {
        template.batchUpdate("UPDATE survey_target SET reminded_at = ? WHERE id = ?",
                ids.stream().map(id -> new Object[] {ts(at), id}).toList());
    }

    /** Replaces the target's answers; the first answer's time stays, later ones are changes. */
    void saveAnswers(SurveyTarget target, Map<String, List<String>> answers, Instant at) {
        jdbc.sql("DELETE FROM survey_answer WHERE target_id = ?").param(target.id()).update();
        template.batchUpdate("INSERT INTO survey_answer (target_id, question_key, answer) VALUES (?, ?, ?)",
                answers.entrySet().stream().map(e -> new Object[] {target.id(), e.getKey(), String.join("\n", e.getValue())}).toList());
        if (target.answeredAt() == null) {
            jdbc.sql("UPDATE survey_target SET answered_at = ?, changed_at = ? WHERE id = ?").params(ts(at), ts(at), target.id()).update();
        } else {
            jdbc.sql("UPDATE survey_target SET changed_at = ? WHERE id = ?").params(ts(at), target.id()).update();
        }
    }

    Map<String, List<String>> answersOf(long targetId) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT question_key, answer FROM survey_answer WHERE target_id = ?").param(targetId)
                .query((rs, n) -> answers.put(rs.getString(1), values(rs.getString(2)))).list();
        return answers;
    }

    /** Every answered target of the survey with its answers, in the order the targets were added. */
    List<StoredAnswers> answers(long surveyId) {
        Map<Long, Map<String, List<String>>> byTarget = new HashMap<>();
        jdbc.sql("""
                        SELECT a.target_id, a.question_key, a.answer FROM survey_answer a
                        JOIN survey_target t ON t.id = a.target_id WHERE t.survey_id = ?""").param(surveyId)
                .query((rs, n) -> byTarget.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), values(rs.getString(3)))).list();
        return jdbc.sql("SELECT * FROM survey_target WHERE survey_id = ? AND answered_at IS NOT NULL ORDER BY id").param(surveyId)
                .query(SurveyStore::target).list().stream()
                .map(t -> new StoredAnswers(t, byTarget.getOrDefault(t.id(), Map.of()))).toList();
    }

    /** Targets and answers of a survey: [targets, invited, answered]. */
    long[] counts(long surveyId) {
        return jdbc.sql("""
                        SELECT COUNT(*), COUNT(invited_at), COUNT(answered_at) FROM survey_target WHERE survey_id = ?""")
                .param(surveyId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** Targets of the programme's surveys invited on a day in the range: [survey title, organization, invited at, answered at]. */
    List<Object[]> programTargets(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT s.title, s.id, t.organization, t.invited_at, t.answered_at FROM survey_target t
                        JOIN survey s ON s.id = t.survey_id
                        WHERE s.program_survey = TRUE AND t.invited_at >= ? AND t.invited_at < ? ORDER BY t.invited_at, t.id""")
                .params(ts(from), ts(to))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3), instant(rs, "invited_at"),
                        instant(rs, "answered_at")}).list();
    }

    static List<String> values(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n", -1));
    }

    private static Survey survey(ResultSet rs, int row) throws SQLException {
        long copied = rs.getLong("copied_from");
        Long copiedFrom = rs.wasNull() ? null : copied;
        return new Survey(rs.getLong("id"), rs.getString("title"), rs.getString("intro"), rs.getDate("opens_on").toLocalDate(),
                rs.getDate("closes_on").toLocalDate(), rs.getBoolean("program_survey"), copiedFrom,
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "invited_at"));
    }

    private static Question question(ResultSet rs, int row) throws SQLException {
        String choices = rs.getString("choices");
        return new Question(rs.getString("question_key"), rs.getInt("position"), QuestionKind.valueOf(rs.getString("kind")),
                rs.getString("text"), rs.getBoolean("required"),
                choices == null ? List.of() : Arrays.stream(choices.split("\n")).collect(Collectors.toList()),
                integer(rs, "scale_min"), integer(rs, "scale_max"), rs.getString("min_label"), rs.getString("max_label"),
                integer(rs, "max_length"), rs.getString("shown_if_key"), rs.getString("shown_if_value"));
    }

    private static SurveyTarget target(ResultSet rs, int row) throws SQLException {
        return new SurveyTarget(rs.getLong("id"), rs.getLong("survey_id"), rs.getString("organization"), rs.getString("person_name"),
                rs.getString("mail"), rs.getString("source"), rs.getString("token"), instant(rs, "invited_at"),
                instant(rs, "reminded_at"), instant(rs, "answered_at"), instant(rs, "changed_at"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
