/** Accounts, roles, activation links and the bootstrap administrator. */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"cms.demo"})
package jp.musubi.workflow.account;

import org.springframework.modulith.ApplicationModule;
