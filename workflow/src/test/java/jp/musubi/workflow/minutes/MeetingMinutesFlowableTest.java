package jp.musubi.workflow.minutes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.flowable.spring.impl.test.FlowableSpringExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * A real Flowable engine on an in-memory H2 with the application's calendar configuration (the
 * {@code japanese} business calendar registered by its configurer) and the process delegates;
 * {@code @Deployment} from Flowable's test support deploys the processes under test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringJUnitConfig(FlowableTestConfiguration.class)
@ExtendWith(FlowableSpringExtension.class)
@TestPropertySource(properties = {
        // As in the application's application.yml.
        "musubi.calendar.end-of-business-day=17:15",
        "musubi.calendar.closures[0].name=年末年始",
        "musubi.calendar.closures[0].from=12/29",
        "musubi.calendar.closures[0].to=1/3"})
@interface MeetingMinutesFlowableTest {
}
