/** The Japanese business calendar (holidays, office closures) used for process deadlines. */
@ApplicationModule(
        displayName = "Business calendar",
        allowedDependencies = {"cms.common"})
package jp.musubi.workflow.calendar;

import org.springframework.modulith.ApplicationModule;
