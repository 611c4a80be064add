/** Security configuration, login and lock-out, security headers. */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"cms.common", "workflow.account"})
package jp.musubi.webapp.security;

import org.springframework.modulith.ApplicationModule;
