/** Regular-meeting minutes: the reminder that they are due within 10 business days. */
@ApplicationModule(
        displayName = "Minutes",
        allowedDependencies = {"cms.common", "workflow.delegate"})
package jp.musubi.workflow.minutes;

import org.springframework.modulith.ApplicationModule;
