/** Japanese error pages and problem responses, including the servlet container's own refusals. */
@ApplicationModule(
        displayName = "Error pages",
        allowedDependencies = {"webapp.security"})
package jp.musubi.webapp.error;

import org.springframework.modulith.ApplicationModule;
