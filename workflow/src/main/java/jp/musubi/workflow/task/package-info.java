/** Who may see and complete a process step. */
// Known debt: looks accounts up through workflow.account's AccountRepository instead of AccountService.
@ApplicationModule(
        displayName = "Task permissions",
        allowedDependencies = {"workflow.account"})
package jp.musubi.workflow.task;

import org.springframework.modulith.ApplicationModule;
