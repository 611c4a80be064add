/** Publishing and unpublishing content items, including scheduled publication. */
@ApplicationModule(
        displayName = "Publication",
        allowedDependencies = {"cms.common", "cms.content", "cms.demo", "cms.event", "contenttypes.definition"})
package jp.musubi.cms.publication;

import org.springframework.modulith.ApplicationModule;
