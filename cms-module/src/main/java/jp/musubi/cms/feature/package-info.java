/**
 * Feature switches: a programme (Tochigi, Kumamoto) runs the features listed in
 * {@code musubi.features.enabled}. Each feature module declares its own routes as a {@link FeatureRoutes} bean;
 * the routes of a disabled feature answer the Japanese 404 page for everyone, and {@link Features#isReachable}
 * lets header, footer and sitemap leave them out. Nothing here lists the features themselves.
 */
@ApplicationModule(
        displayName = "Feature switches",
        allowedDependencies = {})
package jp.musubi.cms.feature;

import org.springframework.modulith.ApplicationModule;
