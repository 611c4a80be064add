package jp.musubi.webapp.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test on the Kumamoto consortium ({@link KumamotoSpringBootTest}). A journey written for both
 * programmes runs on Kumamoto from a subclass carrying this annotation and returning {@link Programme#KUMAMOTO}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@KumamotoSpringBootTest
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface KumamotoBrowserTest {
}
