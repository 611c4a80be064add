/**
 * Site access statistics without personal data: page views per page and content type, visitors per
 * day (a daily-salted hash, no cookie), search terms and referrers, recorded by a servlet filter into a
 * bounded queue and written as daily aggregates by a background flush, off the request path.
 */
@ApplicationModule(
        displayName = "Site statistics",
        allowedDependencies = {"cms.common"})
package jp.musubi.cms.sitestats;

import org.springframework.modulith.ApplicationModule;
