/**
 * Accounts, roles, activation links and the bootstrap administrator, with their pages: account
 * administration, the activation page, the self-service password reset and マイページ.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"cms.audit", "cms.common", "cms.demo", "cms.mail::address", "cms.mail::notification", "cms.site"})
package jp.musubi.workflow.account;

import org.springframework.modulith.ApplicationModule;
