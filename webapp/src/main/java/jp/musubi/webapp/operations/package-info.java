/**
 * Running the product: request ids in the logs, the 稼働状況 page for administrators (the same
 * figures as {@code /actuator/prometheus}), the daily retention job, backup and restore.
 */
@ApplicationModule(
        displayName = "Operations",
        allowedDependencies = {"cms.common", "cms.site"})
package jp.musubi.webapp.operations;

import org.springframework.modulith.ApplicationModule;
