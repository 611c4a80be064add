/**
 * The mail outbox written in the business transaction and the sender that delivers it with
 * retries.
 */
@ApplicationModule(
        displayName = "Mail",
        allowedDependencies = {"cms.common", "cms.node", "cms.site"})
package jp.musubi.cms.mail;

import org.springframework.modulith.ApplicationModule;
