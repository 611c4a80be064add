package jp.musubi.webapp.postgres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring configuration of the PostgreSQL tests: the production profile on the local
 * PostgreSQL (run with {@code ./mvnw -Ppostgres verify}; the database comes from MUSUBI_DB_URL /
 * MUSUBI_DB_USER / MUSUBI_DB_PASSWORD, see .ci/run), no demo data, timers run by the tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("postgres")
@SpringBootTest(properties = {
        "musubi.admin.username=first-admin",
        "musubi.admin.password=first-admin-password",
        "musubi.newsletter.unsubscribe-secret=postgres-test-unsubscribe-secret-0123",
        "flowable.async-executor-activate=false"})
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
public @interface PostgresSpringBootTest {
}
