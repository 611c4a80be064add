/**
 * Public pages of published content: articles, issues, seeds, members, events, feeds and the
 * sitemap.
 */
@ApplicationModule(
        displayName = "Public site",
        allowedDependencies = {
                "cms.asset",
                "cms.common",
                "cms.content",
                "cms.feature",
                "cms.delivery",
                "cms.search",
                "contenttypes.definition"})
package jp.musubi.cms.site;

import org.springframework.modulith.ApplicationModule;
