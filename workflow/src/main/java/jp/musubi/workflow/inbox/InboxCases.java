package jp.musubi.workflow.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code inbox_case}: the title of each process instance's case, for listing and searching tasks. */
@Repository
public class InboxCases {

    private static final int TITLE_LENGTH = 300;

    private final JdbcClient jdbc;
    private final CaseContexts contexts;
    private final Clock clock;

    InboxCases(JdbcClient jdbc, CaseContexts contexts, Clock clock) {
        this.jdbc = jdbc;
        this.contexts = contexts;
        this.clock = clock;
    }

    /** Records the case of a process instance the first time one of its tasks appears; returns its title. */
    public String ensure(String processInstanceId, String processKey, String businessKey, Map<String, Object> variables) {
        String existing = jdbc.sql("SELECT title FROM inbox_case WHERE process_instance_id = ?").param(processInstanceId)
                .query(String.class).optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        CaseContext context = contexts.resolve(processKey, processInstanceId, businessKey, variables);
        jdbc.sql("INSERT INTO inbox_case (process_instance_id, process_key, title, subtitle, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(processInstanceId, processKey, cut(context.title()), cut(context.subtitle()),
                        Timestamp.from(clock.instant()))
                .update();
        return context.title();
    }

    private static String cut(String text) {
        return text == null || text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH - 1) + "…";
    }
}
