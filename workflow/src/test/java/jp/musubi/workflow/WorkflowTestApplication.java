package jp.musubi.workflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The workflow module with everything below it (cms-module, Flowable, the database), for the
 * module's Spring tests; the product's application lives in webapp.
 */
@SpringBootApplication(scanBasePackages = "jp.musubi")
@ConfigurationPropertiesScan("jp.musubi")
public class WorkflowTestApplication {
}
