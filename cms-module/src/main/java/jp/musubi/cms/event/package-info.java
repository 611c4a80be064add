/**
 * Domain events the CMS publishes when content is submitted, published or unpublished; other
 * modules listen, the CMS never calls them.
 */
@ApplicationModule(
        displayName = "Content events",
        allowedDependencies = {})
package jp.musubi.cms.event;

import org.springframework.modulith.ApplicationModule;
