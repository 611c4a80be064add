package jp.musubi.workflow.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox lists, filtered, sorted and paged by the database: one count and one page query over
 * Flowable's task tables joined to {@code inbox_case}, whatever the number of open tasks. Flowable's
 * TaskQuery cannot search case titles or join them, hence plain SQL on its (stable, documented) tables.
 */
@Service
@Transactional(readOnly = true)
public class InboxQueries {

    private static final String OPEN_FROM = """
             FROM ACT_RU_TASK t LEFT JOIN inbox_case c ON c.process_instance_id = t.PROC_INST_ID_
            """;
    private static final String DONE_FROM = """
             FROM ACT_HI_TASKINST t LEFT JOIN inbox_case c ON c.process_instance_id = t.PROC_INST_ID_
            """;

    private final JdbcClient jdbc;
    private final JapaneseBusinessCalendar calendar;
    private final ProcessNames processNames;
    private final Clock clock;

    InboxQueries(JdbcClient jdbc, JapaneseBusinessCalendar calendar, ProcessNames processNames, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.processNames = processNames;
        this.clock = clock;
    }

    /**
     * @param roles the user's role names: the candidate groups whose tasks they may see
     */
    public InboxPage page(String user, Collection<String> roles, InboxFilter filter) {
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        boolean done = filter.view() == InboxView.DONE;
        params.put("user", user);
        switch (filter.view()) {
            case MINE -> where.append(" AND t.ASSIGNEE_ = :user");
            case GROUP -> {
                if (roles.isEmpty()) {
                    return new InboxPage(List.of(), 0, filter.page(), filter.pageSize());
                }
                params.put("roles", List.copyOf(roles));
                where.append(" AND t.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK l")
                        .append(" WHERE l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IN (:roles))");
            }
            case DONE -> where.append(" AND t.ASSIGNEE_ = :user AND t.END_TIME_ IS NOT NULL AND t.DELETE_REASON_ IS NULL");
        }
        if (filter.processKey() != null) {
            where.append(" AND t.PROC_DEF_ID_ LIKE :definitionPrefix ESCAPE '\\'");
            params.put("definitionPrefix", likeEscape(filter.processKey()) + ":%");
        }
        if (filter.processInstanceId() != null) {
            where.append(" AND t.PROC_INST_ID_ = :processInstanceId");
            params.put("processInstanceId", filter.processInstanceId());
        }
        if (filter.due() != null) {
            switch (filter.due()) {
                case OVERDUE -> where.append(" AND t.DUE_DATE_ < :now");
                case THIS_WEEK -> {
                    where.append(" AND t.DUE_DATE_ >= :now AND t.DUE_DATE_ < :endOfWeek");
                    LocalDate nextMonday = calendar.dateAt(now).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                    params.put("endOfWeek", Timestamp.from(nextMonday.atStartOfDay(JapaneseTimes.ZONE).toInstant()));
                }
                case NONE -> where.append(" AND t.DUE_DATE_ IS NULL");
            }
            params.put("now", Timestamp.from(now));
        }
        if (filter.text() != null) {
            // An uncorrelated IN: the titles are searched once, then tasks found by their process instance index.
            where.append(" AND t.PROC_INST_ID_ IN (SELECT s.process_instance_id FROM inbox_case s")
                    .append(" WHERE LOWER(s.title) LIKE :text ESCAPE '\\')");
            params.put("text", "%" + likeEscape(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        String from = done ? DONE_FROM : OPEN_FROM;
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        String orderBy = done ? "t.END_TIME_ DESC" : filter.sort().orderBy();
        params.put("offset", (long) filter.page() * filter.pageSize());
        params.put("limit", filter.pageSize());
        String columns = "SELECT t.ID_, t.NAME_, t.TASK_DEF_KEY_, t.PROC_INST_ID_, t.PROC_DEF_ID_, t.ASSIGNEE_, "
                + (done ? "t.START_TIME_" : "t.CREATE_TIME_") + " AS created_at, t.DUE_DATE_, "
                + (done ? "t.END_TIME_" : "NULL") + " AS completed_at, c.title, c.subtitle";
        List<InboxTask> tasks = jdbc.sql(columns + from + where + " ORDER BY " + orderBy + ", t.ID_"
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params).query((rs, n) -> row(rs, now)).list();
        return new InboxPage(tasks, total, filter.page(), filter.pageSize());
    }

    private InboxTask row(ResultSet rs, Instant now) throws SQLException {
        String processKey = ProcessKeys.of(rs.getString("PROC_DEF_ID_"));
        String processName = processNames.name(processKey);
        Instant due = instant(rs.getTimestamp("DUE_DATE_"));
        LocalDate dueDate = due == null ? null : calendar.dateAt(due);
        Integer left = dueDate == null ? null : calendar.businessDaysBetween(calendar.dateAt(now), dueDate);
        String title = rs.getString("title");
        return new InboxTask(rs.getString("ID_"), rs.getString("NAME_"), rs.getString("TASK_DEF_KEY_"),
                rs.getString("PROC_INST_ID_"), processKey, processName, title == null ? processName : title,
                rs.getString("subtitle"), rs.getString("ASSIGNEE_"), instant(rs.getTimestamp("created_at")), due, dueDate,
                left, due != null && due.isBefore(now), instant(rs.getTimestamp("completed_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
