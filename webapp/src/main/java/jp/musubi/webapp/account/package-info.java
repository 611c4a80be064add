/** The page on which a newly approved member sets the first password. */
@ApplicationModule(
        displayName = "Account activation pages",
        allowedDependencies = {"workflow.account"})
package jp.musubi.webapp.account;

import org.springframework.modulith.ApplicationModule;
