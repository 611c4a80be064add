/** Who may see and complete a process step. */
@ApplicationModule(
        displayName = "Task permissions",
        allowedDependencies = {"cms.common", "workflow.account"})
package jp.musubi.workflow.task;

import org.springframework.modulith.ApplicationModule;
