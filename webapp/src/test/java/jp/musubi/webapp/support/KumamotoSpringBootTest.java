package jp.musubi.webapp.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Kumamoto consortium's Spring test configuration: {@link MusubiSpringBootTest} with the profile
 * {@code kumamoto} after {@code test} (its features, wording, targets and demo data, its own in-memory
 * database). Every Kumamoto test uses exactly this, so the suite starts the consortium once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "kumamoto"})
@Import(TestClockConfiguration.class)
public @interface KumamotoSpringBootTest {
}
