/**
 * Member newsletters composed from a published article: recipients, background sending,
 * unsubscribe links.
 */
@ApplicationModule(
        displayName = "Newsletter",
        allowedDependencies = {"cms.common", "cms.content", "cms.mail", "cms.mail::notification", "cms.node", "cms.site"})
package jp.musubi.cms.newsletter;

import org.springframework.modulith.ApplicationModule;
