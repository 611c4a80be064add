package jp.musubi.workflow.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jp.musubi.workflow.WorkflowTestApplication;
import org.flowable.spring.impl.test.FlowableSpringExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test configuration of the workflow module: Flowable (processes auto-deployed from
 * {@code processes/}, async executor off so tests run jobs themselves), the CMS, Flyway and an
 * in-memory H2 — real parts, one cached context. {@link FlowableSpringExtension} is on, so a test
 * can use Flowable's {@code @Deployment} and get the engine's services as parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = WorkflowTestApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(FlowableSpringExtension.class)
public @interface WorkflowSpringBootTest {
}
