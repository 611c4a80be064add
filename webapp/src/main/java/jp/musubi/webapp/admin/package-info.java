/** The administration pages: accounts and roles, lock-outs, the mail outbox and newsletters. */
@ApplicationModule(
        displayName = "Administration pages",
        allowedDependencies = {"cms.mail", "cms.newsletter", "cms.site", "workflow.account"})
package jp.musubi.webapp.admin;

import org.springframework.modulith.ApplicationModule;
