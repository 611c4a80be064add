package jp.musubi.workflow.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import jp.musubi.workflow.calendar.CalendarConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The engine as the application gets it: Flowable's Spring Boot starter applies the calendar's
 * configurer and auto-deploys {@code meeting-minutes} from {@code processes/}; the calendar is
 * configured with the properties of the application's {@code application.yml}.
 */
class MeetingMinutesStarterTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withUserConfiguration(Application.class)
            .withPropertyValues(
                    "spring.datasource.url=jdbc:h2:mem:workflow-starter;DB_CLOSE_DELAY=-1",
                    // Flowable creates its own tables; the application's migrations are not needed here.
                    "spring.flyway.enabled=false",
                    "flowable.database-schema-update=true",
                    "flowable.async-executor-activate=false",
                    "musubi.calendar.end-of-business-day=17:15",
                    "musubi.calendar.closures[0].name=年末年始",
                    "musubi.calendar.closures[0].from=12/29",
                    "musubi.calendar.closures[0].to=1/3");

    @Test
    void theAutoDeployedProcessGetsItsDueDateFromTheJapaneseCalendar() {
        application.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(RepositoryService.class).createProcessDefinitionQuery()
                    .processDefinitionKey("meeting-minutes").count()).isOne();

            String process = context.getBean(RuntimeService.class).startProcessInstanceByKey("meeting-minutes", Map.of(
                    "meetingTitle", "個別打合せ（宇都宮市）", "meetingDate", LocalDate.of(2026, 12, 25), "meetingKind", "individual")).getId();

            // 12/28, then 12/29–1/3 closed, 1/4 ... 1/8, 1/11 成人の日, 1/12 ... 1/15: the 10th is 1/15.
            assertThat(context.getBean(TaskService.class).createTaskQuery().processInstanceId(process).singleResult().getDueDate())
                    .isEqualTo(Date.from(OffsetDateTime.parse("2027-01-15T17:15+09:00").toInstant()));
        });
    }

    /** Auto-configuration as in the application, with only the beans the process needs. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import({CalendarConfiguration.class, MinutesReminderDelegate.class, MinutesOverdueDelegate.class})
    static class Application {
    }
}
