/**
 * The Magnolia-shaped delivery API ({@code /.rest/delivery}) over published content, with its
 * response cache.
 */
@ApplicationModule(
        displayName = "Delivery API",
        allowedDependencies = {"cms.common", "cms.content", "cms.search", "contenttypes.definition"})
package jp.musubi.cms.delivery;

import org.springframework.modulith.ApplicationModule;
