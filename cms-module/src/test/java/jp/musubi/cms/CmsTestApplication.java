package jp.musubi.cms;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The cms-module alone, for its own Spring tests (the product's application lives in webapp). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CmsTestApplication {
}
