package jp.musubi.webapp.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the running application in headless Chromium: the shared Spring test
 * configuration plus a {@link BrowserSession} parameter. Skipped, with a message, without Chromium.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@MusubiSpringBootTest
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface MusubiBrowserTest {
}
